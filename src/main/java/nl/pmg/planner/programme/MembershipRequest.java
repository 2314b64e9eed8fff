package nl.pmg.planner.programme;

/**
 * Body of {@code POST /api/programme/memberships}: a membership to record, or, with the gemeente and start
 * date of an existing one and an {@code endDate}, the end of it. Dates are ISO ({@code 2026-06-01});
 * {@code startPrecision} defaults to {@code day}; {@code source} (the decision it rests on) is required.
 */
record MembershipRequest(String gemeente, String tranche, String startDate, String startPrecision, String endDate,
        String basis, String fundingType, String funding, String source) {
}
