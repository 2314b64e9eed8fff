package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A selection problem ready for the solver: the pool of eligible candidates (filters applied, locked-in
 * municipalities removed), the locked-in municipalities, everyone (for the universe of regions) and the
 * constraints. {@code filteredOut} says, per code, which filter removed it; {@code regionNames} gives the
 * name of each region code (province, police unit) for messages meant for people.
 */
record Problem(List<Candidate> pool, List<Candidate> locked, List<Candidate> everyone, int add,
        Objective objective, Constraints constraints, Map<String, String> filteredOut, Map<String, String> regionNames) {

    /** The region key of a family's groups, or null for families that are not per region. */
    static Function<Candidate, String> regionOf(Family f) {
        return switch (f) {
            case PROVINCE -> Candidate::province;
            case POLICE_UNIT -> Candidate::policeUnit;
            case RIEC -> Candidate::riec;
            default -> null;
        };
    }

    Constraints.Bounds bounds(Family f) {
        return switch (f) {
            case PROVINCE -> constraints.perProvince();
            case POLICE_UNIT -> constraints.perPoliceUnit();
            case RIEC -> constraints.perRiec();
            default -> null;
        };
    }

    static String regionNoun(Family f) {
        return switch (f) {
            case PROVINCE -> "province";
            case POLICE_UNIT -> "police unit";
            case RIEC -> "RIEC";
            default -> f.label();
        };
    }

    /** A region's name for people ("Zuid-Holland"), its code when no name is known. */
    String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    boolean isSmall(Candidate c) {
        var s = constraints.smallMunicipalities();
        return s != null && s.classesOrDefault().contains(c.urbanityClass());
    }

    int minSmall() {
        var s = constraints.smallMunicipalities();
        return s == null || s.min() == null ? 0 : s.min();
    }

    /** Whether a cap family counts the whole programme (locked-in members too) or the additions only. */
    boolean countsProgramme(Family f) {
        if (f == Family.SMALL_MUNICIPALITIES) {
            var s = constraints.smallMunicipalities();
            return constraints.countsProgramme(s == null ? null : s.counts());
        }
        Constraints.Bounds b = bounds(f);
        return constraints.countsProgramme(b == null ? null : b.counts());
    }

    /** Locked-in members counted by a family's bounds. */
    List<Candidate> countedLocked(Family f) {
        return countsProgramme(f) ? locked : List.of();
    }

    /** The pathway reservation, or null when the request reserves no places. */
    Constraints.Pathways pathways() {
        var w = constraints.pathways();
        return w != null && (w.reserved(Pathway.SEVERITY) > 0 || w.reserved(Pathway.PREVENTION) > 0) ? w : null;
    }

    /** The constraint families this problem actually uses. */
    List<Family> activeFamilies() {
        List<Family> active = new ArrayList<>();
        if (!constraints.mustIncludeOrEmpty().isEmpty()) {
            active.add(Family.MUST_INCLUDE);
        }
        for (Family f : List.of(Family.PROVINCE, Family.POLICE_UNIT, Family.RIEC)) {
            Constraints.Bounds b = bounds(f);
            if (b != null && b.any()) {
                active.add(f);
            }
        }
        if (constraints.budgetEur() != null) {
            active.add(Family.BUDGET);
        }
        if (minSmall() > 0) {
            active.add(Family.SMALL_MUNICIPALITIES);
        }
        if (pathways() != null) {
            active.add(Family.PATHWAYS);
        }
        return active;
    }

    Set<String> mustInclude() {
        return Set.copyOf(constraints.mustIncludeOrEmpty());
    }
}
