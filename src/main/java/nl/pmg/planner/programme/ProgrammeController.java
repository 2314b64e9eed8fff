package nl.pmg.planner.programme;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/programme}: the members on a date by tranche, the full history, the focus areas; recording changes. */
@RestController
class ProgrammeController {

    /** One tranche as it stood on the date asked for. */
    record TrancheSummary(String id, int members, String startDate, String startPrecision, String fundingType) {
    }

    record ProgrammeDocument(String asOf, int count, List<TrancheSummary> tranches, List<Member> municipalities,
            List<Member> memberships, List<FocusArea> focusAreas, String note) {
    }

    private final Programme programme;
    private final Memberships memberships;

    ProgrammeController(Programme programme, Memberships memberships) {
        this.programme = programme;
        this.memberships = memberships;
    }

    @GetMapping("/api/programme")
    ProgrammeDocument programme(@RequestParam(required = false) String asOf) {
        LocalDate date = asOf == null ? programme.today() : date(asOf);
        List<Member> members = new ArrayList<>(programme.membersOn(date));
        members.sort(Comparator.comparingInt((Member m) -> trancheOrder(m.tranche())).thenComparing(Member::name));
        List<TrancheSummary> tranches = new ArrayList<>();
        for (String t : members.stream().map(Member::tranche).distinct().toList()) {
            List<Member> in = members.stream().filter(m -> m.tranche().equals(t)).toList();
            Member first = in.get(0);
            tranches.add(new TrancheSummary(t, in.size(), first.startDate(), first.startPrecision(), first.fundingType()));
        }
        return new ProgrammeDocument(date.toString(), members.size(), tranches, members, programme.memberships(),
                programme.focusAreas(), "Start dates with precision 'year' are known by year only and stand at 1 January. "
                        + "Focus-area wijk codes are derived by name matching where exactly one wijk matches; "
                        + "no official wijk or buurt list of the NPLV focus areas was available.");
    }

    @PostMapping("/api/programme/memberships")
    ResponseEntity<Member> record(@RequestBody MembershipRequest body) {
        Member m = memberships.record(body);
        return ResponseEntity.created(URI.create("/api/programme?asOf=" + m.startDate())).body(m);
    }

    static int trancheOrder(String tranche) {
        int i = Programme.TRANCHES.indexOf(tranche);
        return i < 0 ? Programme.TRANCHES.size() : i;
    }

    private static LocalDate date(String asOf) {
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("asOf", "asOf must be an ISO date such as 2024-04-01, was '" + Text.shorten(asOf) + "'.");
        }
    }
}
