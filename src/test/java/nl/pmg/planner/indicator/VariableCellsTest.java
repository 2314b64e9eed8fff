package nl.pmg.planner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariableCellsTest {

    private final Variable kwb = new Variable("population", List.of("gemeente", "buurt"), "Inhabitants", "persons",
            "CBS", "2024", List.of("buurt"), null, null);
    private final Variable crime = new Variable("crimes_2024", List.of("wijk"), "Crimes", "crimes", "Politie",
            "2024", null, List.of("wijk"), null);

    @Test
    void blankCellIsSuppressedWhereCbsSuppresses() {
        assertThat(VariableCells.cell("buurt", "BU1", kwb, "", Set.of()).status()).isEqualTo(Status.SUPPRESSED);
    }

    @Test
    void blankCellIsMissingElsewhere() {
        Value v = VariableCells.cell("gemeente", "GM1", kwb, " ", Set.of());
        assertThat(v.status()).isEqualTo(Status.MISSING);
        assertThat(v.value()).isNull();
    }

    @Test
    void zeroIsAnObservedZero() {
        Value v = VariableCells.cell("gemeente", "GM1", kwb, "0", Set.of());
        assertThat(v.status()).isEqualTo(Status.OBSERVED);
        assertThat(v.value()).isEqualTo(0.0);
    }

    @Test
    void listedAndLevelDerivedValuesAreDerived() {
        assertThat(VariableCells.cell("gemeente", "GM1992", kwb, "12.5",
                Set.of(VariableCells.key("gemeente", "GM1992", "population"))).status()).isEqualTo(Status.DERIVED);
        assertThat(VariableCells.cell("wijk", "WK1", crime, "40", Set.of()).status()).isEqualTo(Status.DERIVED);
    }
}
