package nl.pmg.planner.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.pmg.planner.shared.SqlResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code programme_membership} SQL of both stores: reading and deleting are the same in PostgreSQL and
 * SQLite (dates compared as ISO text); inserting differs, since PostgreSQL keeps dates as {@code date}.
 */
final class MembershipRows {

    static final String SELECT = SqlResource.of(MembershipRows.class, "memberships.sql");
    static final String DELETE_RECORD = SqlResource.of(MembershipRows.class, "delete-recorded-membership.sql");

    private final JdbcTemplate jdbc;
    private final String insert;

    /** @param dialect {@code postgis} or {@code embedded}: which {@code insert-membership.*.sql} to use */
    MembershipRows(JdbcTemplate jdbc, String dialect) {
        this.jdbc = jdbc;
        this.insert = insertSql(dialect);
    }

    static String insertSql(String dialect) {
        return SqlResource.of(MembershipRows.class, "insert-membership." + dialect + ".sql");
    }

    List<Member> read(String origin) {
        return jdbc.query(SELECT, (rs, n) -> member(rs), origin);
    }

    void record(Member m, String recordedBy) {
        jdbc.update(DELETE_RECORD, m.code(), m.startDate());
        jdbc.update(insert, values(m, "recorded", recordedBy));
    }

    /** The bind values of {@code insert-membership.sql}, in its order. */
    static Object[] values(Member m, String origin, String recordedBy) {
        return new Object[] {m.code(), m.name(), m.tranche(), m.startDate(), m.startPrecision(), m.endDate(),
            m.basis(), m.fundingType(), m.funding(), m.source(), origin, recordedBy};
    }

    private static Member member(ResultSet rs) throws SQLException {
        String from = rs.getString("valid_from").substring(0, 10);
        String to = rs.getString("valid_to");
        return new Member(rs.getString("gemeente_code"), rs.getString("name"), rs.getString("tranche"),
                Integer.parseInt(from.substring(0, 4)), from, rs.getString("start_precision"),
                to == null ? null : to.substring(0, 10), rs.getString("basis"), rs.getString("funding_type"),
                rs.getString("funding"), rs.getString("source"), rs.getString("origin"));
    }
}
