package nl.pmg.planner.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.GeodataProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The embedded default: the shipped memberships from {@code geodata/programme/memberships.csv}, read once,
 * and the recorded ones from the SQLite store, which holds nothing else of the programme.
 */
@Component
@Profile("!postgis")
class EmbeddedProgrammeRepository implements ProgrammeRepository {

    private final List<Member> shipped;
    private final MembershipRows rows;

    EmbeddedProgrammeRepository(GeodataProperties geodata, JdbcTemplate jdbc) {
        this.shipped = ShippedMemberships.read(geodata);
        this.rows = new MembershipRows(jdbc, "embedded");
    }

    @Override
    public List<Member> memberships() {
        return merge(shipped, rows.read("recorded"));
    }

    @Override
    public void record(Member membership, String recordedBy) {
        rows.record(membership, recordedBy);
    }

    /** Shipped memberships with recorded ones laid over them (same gemeente and start date → the record wins). */
    static List<Member> merge(List<Member> shipped, List<Member> recorded) {
        Map<String, Member> byKey = new LinkedHashMap<>();
        shipped.forEach(m -> byKey.put(m.code() + "|" + m.startDate(), m));
        recorded.forEach(m -> byKey.put(m.code() + "|" + m.startDate(), m));
        List<Member> all = new ArrayList<>(byKey.values());
        all.sort(Comparator.comparing(Member::startDate).thenComparing(Member::code));
        return all;
    }
}
