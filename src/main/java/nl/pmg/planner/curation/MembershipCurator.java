package nl.pmg.planner.curation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.Csv;

/**
 * Writes {@code programme/memberships.csv}: every Preventie met Gezag municipality with its tranche,
 * start date, end date (blank: none recorded), basis, funding type and source, from the two source files
 * ({@code pmg_municipalities.csv}, the 27 of 2022–2023, and {@code pmg_regional_2024.csv}, the 20 of
 * April 2024). The sources give a start year per tranche and a day for the 2024 round only; the start
 * dates per tranche below say where each comes from and how precise it is.
 */
final class MembershipCurator {

    static final String HEADER = "gm_code,gm_naam,tranche,start_date,start_precision,end_date,basis,funding_type,"
            + "funding,source";

    /** What the sources say per tranche beyond the member rows. */
    record Tranche(String startDate, String precision, String fundingType, String funding, String dateSource) {
    }

    static final String STRUCTURAL = "structural programme budget of Preventie met Gezag (amount per gemeente not "
            + "in our sources)";

    static final Map<String, Tranche> TRANCHES = Map.of(
            "start", new Tranche("2022-01-01", "year", "structural", STRUCTURAL,
                    "the year 2022 only (no day in our sources)"),
            "expansion-nplv", new Tranche("2023-01-01", "year", "structural", STRUCTURAL,
                    "the year 2023 only (NPLV focus areas added in 2022, joining in 2023; no day in our sources)"),
            "expansion-data", new Tranche("2023-05-23", "day", "structural", STRUCTURAL,
                    "the minister's letter to parliament naming the eight, reported on 2023-05-23 (Zorg- en "
                    + "Veiligheidshuizen news); work expected to start early 2024 (gemeente.nu, May 2023)"),
            "regional-2024", new Tranche("2024-04-04", "day", "incidental-grant", null,
                    "announced on 2024-04-04 (Rijksoverheid news of that day)"));

    private MembershipCurator() {
    }

    static void write(Path source, Path target) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (String file : List.of("pmg_municipalities.csv", "pmg_regional_2024.csv")) {
            for (var r : Csv.readRows(source.resolve("programme").resolve(file))) {
                out.append(row(r)).append('\n');
            }
        }
        Files.writeString(target.resolve("memberships.csv"), out, StandardCharsets.UTF_8);
    }

    /** One membership line; the tranche's start year in the source must agree with its start date. */
    static String row(Map<String, String> r) {
        Tranche t = TRANCHES.get(r.get("tranche"));
        if (t == null) {
            throw new IllegalArgumentException("unknown tranche " + r.get("tranche") + " for " + r.get("gm_code"));
        }
        if (!t.startDate().startsWith(r.get("start_year") + "-")) {
            throw new IllegalArgumentException(r.get("gm_code") + ": start year " + r.get("start_year")
                    + " disagrees with the tranche start " + t.startDate());
        }
        String funding = r.getOrDefault("funding", "");
        return String.join(",", r.get("gm_code"), Csv.quote(r.get("gm_naam")), r.get("tranche"), t.startDate(),
                t.precision(), "", Csv.quote(r.get("basis")), t.fundingType(),
                Csv.quote(funding.isBlank() ? t.funding() : funding),
                Csv.quote(r.get("source") + "; start date: " + t.dateSource()));
    }
}
