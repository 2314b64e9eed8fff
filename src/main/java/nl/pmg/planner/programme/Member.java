package nl.pmg.planner.programme;

/**
 * A Preventie met Gezag municipality: tranche {@code start} (2022), {@code expansion-nplv} or
 * {@code expansion-data} (both 2023), with the basis and the official source of its selection.
 */
public record Member(String code, String name, String tranche, int startYear, String basis, String source) {
}
