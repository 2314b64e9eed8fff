package nl.pmg.planner.programme;

import java.util.List;

/**
 * Where the programme's history is kept: the shipped memberships of {@code geodata/programme/} plus those
 * recorded through the API. A recorded membership with the same gemeente and start date replaces the
 * shipped one (that is how a membership is ended).
 */
interface ProgrammeRepository {

    /** Every membership, current and ended, ordered by start date and code. */
    List<Member> memberships();

    /** Stores a recorded membership, replacing an earlier record with the same gemeente and start date. */
    void record(Member membership, String recordedBy);
}
