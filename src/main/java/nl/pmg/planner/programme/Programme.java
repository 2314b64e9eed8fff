package nl.pmg.planner.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.pmg.planner.shared.Csv;
import nl.pmg.planner.shared.GeodataProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The programme and its history: every membership by tranche with start and end dates (from the store,
 * see {@link ProgrammeRepository}), who was in it on a given date or at any time in a period, and the 20
 * NPLV focus areas. Reads are served from a snapshot that a write on this instance refreshes at once and
 * that is re-read after {@link #MAX_AGE_NANOS}, so a membership recorded by another instance sharing the
 * database shows within seconds.
 */
@Component
public class Programme {

    /** The tranches in the order they joined; the monitor and the map know these four. */
    public static final List<String> TRANCHES = List.of("start", "expansion-nplv", "expansion-data", "regional-2024");
    static final long MAX_AGE_NANOS = 5_000_000_000L;
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** What the store held when read, with the members of the day it was read on, by code. */
    private record Snapshot(List<Member> memberships, long readAt, LocalDate day, java.util.Map<String, Member> current) {
    }

    private final ProgrammeRepository repository;
    private final List<FocusArea> focusAreas;
    private final Clock clock;
    private volatile Snapshot snapshot;

    @Autowired
    public Programme(ProgrammeRepository repository, GeodataProperties geodata) {
        this(repository, geodata, Clock.system(ZONE));
    }

    Programme(ProgrammeRepository repository, GeodataProperties geodata, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        focusAreas = Csv.readRows(geodata.file("programme/nplv_focus_areas.csv")).stream()
                .map(r -> new FocusArea(r.get("gm_code"), r.get("gm_naam"), r.get("focus_area"),
                        Integer.parseInt(r.get("nplv_since")),
                        r.get("wk_codes").isBlank() ? List.of() : Arrays.asList(r.get("wk_codes").split(" ")),
                        r.get("wk_mapping")))
                .toList();
    }

    /** Every membership, current and ended, oldest first. */
    public List<Member> memberships() {
        return snapshot().memberships();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        LocalDate today = today();
        if (s == null || System.nanoTime() - s.readAt() > MAX_AGE_NANOS || !s.day().equals(today)) {
            List<Member> all = List.copyOf(repository.memberships());
            java.util.Map<String, Member> current = new java.util.HashMap<>();
            all.stream().filter(m -> m.activeOn(today)).forEach(m -> current.put(m.code(), m));
            s = new Snapshot(all, System.nanoTime(), today, java.util.Map.copyOf(current));
            snapshot = s;
        }
        return s;
    }

    /** The members today. */
    public List<Member> members() {
        return membersOn(today());
    }

    /** The members on a date: exactly the programme as it stood then. */
    public List<Member> membersOn(LocalDate date) {
        return memberships().stream().filter(m -> m.activeOn(date)).toList();
    }

    /** Every gemeente that was in the programme at any time in [from, to]. */
    public Set<String> inProgrammeDuring(LocalDate from, LocalDate to) {
        Set<String> codes = new LinkedHashSet<>();
        memberships().stream().filter(m -> m.activeDuring(from, to)).forEach(m -> codes.add(m.code()));
        return codes;
    }

    /** The current membership of a gemeente, if it has one (one map look-up: the map asks this per feature). */
    public Optional<Member> member(String gemeenteCode) {
        return Optional.ofNullable(snapshot().current().get(gemeenteCode));
    }

    /** All memberships of a gemeente, oldest first. */
    public List<Member> history(String gemeenteCode) {
        return memberships().stream().filter(m -> m.code().equals(gemeenteCode)).toList();
    }

    /** Every membership ever of a tranche (also ended ones), oldest first. */
    public List<Member> tranche(String tranche) {
        return memberships().stream().filter(m -> m.tranche().equals(tranche)).toList();
    }

    public List<FocusArea> focusAreas() {
        return focusAreas;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Stores a membership and makes this instance see it at once. */
    void record(Member membership, String recordedBy) {
        repository.record(membership, recordedBy);
        refresh();
    }

    /** Forgets the snapshot, so the next read goes to the store. */
    void refresh() {
        snapshot = null;
    }
}
