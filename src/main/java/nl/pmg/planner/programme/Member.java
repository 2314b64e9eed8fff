package nl.pmg.planner.programme;

import java.time.LocalDate;

/**
 * One membership of a Preventie met Gezag municipality: tranche {@code start} (2022),
 * {@code expansion-nplv} or {@code expansion-data} (both 2023) or {@code regional-2024}, from
 * {@code startDate} until {@code endDate} (exclusive; null while it lasts). {@code startPrecision} is
 * {@code day} or {@code year} (the sources give only the year: the date is then 1 January).
 * {@code startYear} is the programme year the monitor indexes to. {@code fundingType} is
 * {@code structural} (the 27) or {@code incidental-grant} (the 2024 round); {@code origin} is
 * {@code shipped} (geodata/programme) or {@code recorded} (through the API).
 */
public record Member(String code, String name, String tranche, int startYear, String startDate, String startPrecision,
        String endDate, String basis, String fundingType, String funding, String source, String origin) {

    /** True when the membership had started on {@code date} and not yet ended. */
    public boolean activeOn(LocalDate date) {
        return !LocalDate.parse(startDate).isAfter(date) && (endDate == null || LocalDate.parse(endDate).isAfter(date));
    }

    /** True when the membership overlaps the closed interval [from, to] at all. */
    public boolean activeDuring(LocalDate from, LocalDate to) {
        return !LocalDate.parse(startDate).isAfter(to) && (endDate == null || LocalDate.parse(endDate).isAfter(from));
    }

    Member withEnd(String newEndDate, String newSource, String newOrigin) {
        return new Member(code, name, tranche, startYear, startDate, startPrecision, newEndDate, basis, fundingType,
                funding, newSource, newOrigin);
    }
}
