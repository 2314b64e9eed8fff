package nl.pmg.planner.programme;

import java.util.List;
import nl.pmg.planner.store.PostgisGeodata;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Profile {@code postgis}: every membership lives in {@code programme_membership}, the shipped ones loaded
 * by the geodata import ({@link ProgrammeGeodata}), the recorded ones kept across imports.
 */
@Component
@Profile("postgis")
class PostgisProgrammeRepository implements ProgrammeRepository {

    private final MembershipRows rows;

    /** Takes the geodata import so that it has run before the first read. */
    PostgisProgrammeRepository(JdbcTemplate jdbc, PostgisGeodata imported) {
        this.rows = new MembershipRows(jdbc, "postgis");
    }

    @Override
    public List<Member> memberships() {
        return EmbeddedProgrammeRepository.merge(rows.read("shipped"), rows.read("recorded"));
    }

    @Override
    public void record(Member membership, String recordedBy) {
        rows.record(membership, recordedBy);
    }
}
