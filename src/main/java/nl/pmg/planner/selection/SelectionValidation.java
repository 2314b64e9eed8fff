package nl.pmg.planner.selection;

import java.util.List;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.GemeenteMethod;
import nl.pmg.planner.scoring.InvalidFramework;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.Scores;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.springframework.stereotype.Component;

/** Rejects malformed selection requests with a 400 naming the field, before any scoring or solving. */
@Component
class SelectionValidation {

    private final Areas areas;
    private final IndicatorValues indicators;
    private final Scores scores;
    private final SelectionProperties properties;

    SelectionValidation(Areas areas, IndicatorValues indicators, Scores scores, SelectionProperties properties) {
        this.areas = areas;
        this.indicators = indicators;
        this.scores = scores;
        this.properties = properties;
    }

    void check(SelectionRequest r) {
        if (r.level() != null && !Level.GEMEENTE.id().equals(r.level())) {
            throw new InvalidParameter("level", "Selections are made among gemeenten; wijken and buurten come from "
                    + "GET /api/selections/{code}/priority-areas.");
        }
        if (r.add() == null || r.add() < 1) {
            throw new InvalidParameter("add", "add must be a whole number of at least 1.");
        }
        gemeenten("lockedIn", r.lockedIn());
        Constraints c = r.constraints();
        if (c != null) {
            gemeenten("constraints.mustInclude", c.mustInclude());
            gemeenten("constraints.exclude", c.exclude());
            nonNegative("constraints.budgetEur", c.budgetEur());
            nonNegative("constraints.minPopulation", c.minPopulation());
            nonNegative("constraints.minYoungPeople", c.minYoungPeople());
            nonNegative("constraints.minTopDecileBuurten", c.minTopDecileBuurten() == null ? null : (double) c.minTopDecileBuurten());
            bounds("constraints.perProvince", c.perProvince(), Family.PROVINCE);
            bounds("constraints.perPoliceUnit", c.perPoliceUnit(), Family.POLICE_UNIT);
            bounds("constraints.perRiec", c.perRiec(), Family.RIEC);
            if (c.pathways() != null) {
                var w = c.pathways();
                nonNegative("constraints.pathways.severity", w.severity() == null ? null : (double) w.severity());
                nonNegative("constraints.pathways.prevention", w.prevention() == null ? null : (double) w.prevention());
            }
            if (c.costModel() != null) {
                nonNegative("constraints.costModel.fixedEur", c.costModel().fixedEur());
                nonNegative("constraints.costModel.perYoungResidentEur", c.costModel().perYoungResidentEur());
            }
            if (c.smallMunicipalities() != null) {
                var s = c.smallMunicipalities();
                nonNegative("constraints.smallMunicipalities.min", s.min() == null ? null : (double) s.min());
                if (s.classesOrDefault().stream().anyMatch(k -> k == null || k < 1 || k > 5)) {
                    throw new InvalidParameter("constraints.smallMunicipalities.urbanityClasses",
                            "Urbanity classes run from 1 (very urban) to 5 (not urban).");
                }
            }
        }
        if (r.draws() != null && (r.draws() < 1 || r.draws() > properties.maxDraws())) {
            throw new InvalidParameter("draws", "draws must be between 1 and " + properties.maxDraws() + ".");
        }
        if (r.concentration() != null && !(r.concentration() > 0 && Double.isFinite(r.concentration()))) {
            throw new InvalidParameter("concentration", "concentration must be a positive number.");
        }
        if (r.normalisations() != null && r.normalisations().contains(null)) {
            throw new InvalidParameter("normalisations", "normalisations must not contain null.");
        }
        if (r.aggregations() != null && r.aggregations().contains(null)) {
            throw new InvalidParameter("aggregations", "aggregations must not contain null.");
        }
    }

    /** Scores gemeenten with a custom framework, turning framework faults into a 400 on {@code framework}. */
    Scores.LevelScores score(Framework framework) {
        checkFramework(framework);
        try {
            return scores.score(framework, Level.GEMEENTE, ScoringOptions.defaults(), GemeenteMethod.INDICATORS);
        } catch (InvalidFramework e) {
            throw new InvalidParameter("framework", e.getMessage());
        }
    }

    /** A framework's shape and its indicator ids against the latest catalogue; 400 on {@code framework}. */
    void checkFramework(Framework framework) {
        try {
            framework.validate();
            framework.domains().forEach(d -> d.indicators().forEach(i -> {
                if (indicators.find(i.indicatorId()).isEmpty()) {
                    throw new InvalidFramework("unknown indicator '" + Text.shorten(i.indicatorId()) + "'");
                }
            }));
        } catch (InvalidFramework e) {
            throw new InvalidParameter("framework", e.getMessage());
        }
    }

    private void gemeenten(String field, List<String> codes) {
        if (codes == null) {
            return;
        }
        for (String code : codes) {
            if (areas.find(code).map(Area::level).orElse(null) != Level.GEMEENTE) {
                throw new InvalidParameter(field, "'" + Text.shorten(String.valueOf(code)) + "' in " + field
                        + " is not a gemeente code of the 2024 division.");
            }
        }
    }

    private static void nonNegative(String field, Double v) {
        if (v != null && !(v >= 0 && Double.isFinite(v))) {
            throw new InvalidParameter(field, field + " must be a number of at least 0.");
        }
    }

    private void bounds(String field, Constraints.Bounds b, Family family) {
        if (b == null) {
            return;
        }
        nonNegative(field + ".min", b.min() == null ? null : (double) b.min());
        nonNegative(field + ".max", b.max() == null ? null : (double) b.max());
        if (b.overridesOrEmpty().isEmpty()) {
            return;
        }
        java.util.Set<String> known = new java.util.TreeSet<>();
        areas.list(Level.GEMEENTE).stream().map(Area::regions).filter(java.util.Objects::nonNull)
                .map(r -> switch (family) {
                    case PROVINCE -> r.provinceCode();
                    case POLICE_UNIT -> r.policeUnitCode();
                    default -> r.riecName();
                }).forEach(known::add);
        for (var e : b.overridesOrEmpty().entrySet()) {
            String at = field + ".overrides." + Text.shorten(String.valueOf(e.getKey()));
            if (!known.contains(e.getKey())) {
                throw new InvalidParameter(at, "'" + Text.shorten(String.valueOf(e.getKey())) + "' is not a region of "
                        + field + "; use one of " + known + ".");
            }
            if (e.getValue() == null) {
                throw new InvalidParameter(at, at + " must be an object with min and/or max.");
            }
            nonNegative(at + ".min", e.getValue().min() == null ? null : (double) e.getValue().min());
            nonNegative(at + ".max", e.getValue().max() == null ? null : (double) e.getValue().max());
        }
    }
}
