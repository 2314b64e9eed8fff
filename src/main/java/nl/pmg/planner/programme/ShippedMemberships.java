package nl.pmg.planner.programme;

import java.nio.file.Path;
import java.util.List;
import nl.pmg.planner.shared.Csv;
import nl.pmg.planner.shared.GeodataProperties;

/** Reads {@code geodata/programme/memberships.csv}, the curated programme history. */
final class ShippedMemberships {

    static final String FILE = "programme/memberships.csv";

    private ShippedMemberships() {
    }

    static List<Member> read(GeodataProperties geodata) {
        return read(geodata.file(FILE));
    }

    static List<Member> read(Path file) {
        return Csv.readRows(file).stream().map(r -> new Member(r.get("gm_code"), r.get("gm_naam"), r.get("tranche"),
                Integer.parseInt(r.get("start_date").substring(0, 4)), r.get("start_date"), r.get("start_precision"),
                r.get("end_date").isBlank() ? null : r.get("end_date"), r.get("basis"), r.get("funding_type"),
                r.get("funding"), r.get("source"), "shipped")).toList();
    }
}
