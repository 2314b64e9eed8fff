package nl.pmg.planner.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.scoring.IndexLayer;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The properties of an area feature: identity, hierarchy, regions, programme status and the
 * requested indicator values, each followed by {@code <id>_status}. Flat, so that the GeoJSON
 * opens as a plain attribute table in GIS tools.
 */
@Component
class FeatureProperties {

    static final List<String> BASE = List.of("code", "name", "level", "gemeente", "wijk", "province",
            "veiligheidsregio", "policeUnit", "riec", "programmeTranche", "programmeStartYear", "approximateBoundary");

    private final IndicatorValues indicators;
    private final Programme programme;
    private final IndexLayer index;
    private final Disclosure disclosure;

    FeatureProperties(IndicatorValues indicators, Programme programme, IndexLayer index, Disclosure disclosure) {
        this.disclosure = disclosure;
        this.indicators = indicators;
        this.programme = programme;
        this.index = index;
    }

    /** Checks requested indicator ids (404 when unknown, 400 when absent at this level) and property names. */
    void validate(Level level, List<String> indicatorIds, Set<String> properties) {
        for (String id : indicatorIds) {
            if (index.handles(id)) {
                continue; // the index exists at every level
            }
            var ind = indicators.find(id).orElseThrow(() -> NotFound.indicator(id));
            if (!ind.levels().contains(level.id())) {
                throw new InvalidParameter("indicators", "Indicator '" + id + "' is not available for level "
                        + level.id() + " (available: " + String.join(", ", ind.levels()) + ").");
            }
        }
        if (properties != null) {
            for (String p : properties) {
                String base = p.endsWith("_status") ? p.substring(0, p.length() - 7) : p;
                if (!BASE.contains(p) && !indicatorIds.contains(base)) {
                    throw new InvalidParameter("properties", "Unknown property '" + nl.pmg.planner.shared.Text.shorten(p)
                            + "'; use one of " + BASE + " or an id listed in 'indicators'.");
                }
            }
        }
    }

    Map<String, Object> of(Area a, List<String> indicatorIds, Set<String> only) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", a.code());
        p.put("name", a.name());
        p.put("level", a.level().id());
        p.put("gemeente", a.gemeenteCode());
        p.put("wijk", a.level() == Level.GEMEENTE ? null : a.wijkCode());
        p.put("province", a.regions() == null ? null : a.regions().provinceName());
        p.put("veiligheidsregio", a.regions() == null ? null : a.regions().vrCode());
        p.put("policeUnit", a.regions() == null ? null : a.regions().policeUnitCode());
        p.put("riec", a.regions() == null ? null : a.regions().riecName());
        Member m = a.level() == Level.GEMEENTE ? programme.member(a.code()).orElse(null) : null;
        p.put("programmeTranche", m == null ? null : m.tranche());
        p.put("programmeStartYear", m == null ? null : m.startYear());
        p.put("approximateBoundary", a.approximateBoundary());
        for (String id : indicatorIds) {
            Published v = disclosure.value(id, a);
            p.put(id, v.value());
            p.put(id + "_status", v.status().id());
        }
        if (only != null) {
            p.keySet().retainAll(only);
        }
        return p;
    }
}
