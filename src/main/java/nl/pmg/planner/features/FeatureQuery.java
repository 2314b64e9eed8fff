package nl.pmg.planner.features;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.shared.Bbox;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.locationtech.jts.geom.Envelope;

/**
 * The validated parameters of an items request. Unknown parameter names are rejected rather than
 * ignored, so a typo ({@code limt=10}) is a 400 naming it, not a silently different answer.
 */
record FeatureQuery(Envelope bbox, int limit, int offset, List<String> indicators, String gemeente,
        Set<String> properties, Integer zoom) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    static final Set<String> KNOWN = Set.of("bbox", "limit", "offset", "indicators", "gemeente", "properties", "zoom", "f");

    static FeatureQuery parse(Map<String, String[]> params) {
        for (String name : params.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name) + "'; known: "
                        + String.join(", ", KNOWN.stream().sorted().toList()) + ".");
            }
        }
        String f = one(params, "f");
        if (f != null && !f.equals("json") && !f.equals("geojson")) {
            throw new InvalidParameter("f", "Only f=json (GeoJSON) is offered.");
        }
        Envelope bbox = one(params, "bbox") == null ? null : Bbox.parse("bbox", one(params, "bbox"));
        int limit = integer(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = integer(params, "offset", 0, 0, 10_000_000);
        String zoomText = one(params, "zoom");
        Integer zoom = zoomText == null ? null : integer(params, "zoom", 0, 0, 22);
        String gemeente = one(params, "gemeente");
        if (gemeente != null && !gemeente.matches("GM\\d{4}")) {
            throw new InvalidParameter("gemeente", "gemeente must be a CBS code such as GM0363.");
        }
        return new FeatureQuery(bbox, limit, offset, list(params, "indicators"), gemeente,
                one(params, "properties") == null ? null : new LinkedHashSet<>(list(params, "properties")), zoom);
    }

    private static String one(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        if (v == null) {
            return null;
        }
        if (v.length > 1) {
            throw new InvalidParameter(name, "Parameter '" + name + "' is given more than once.");
        }
        return v[0];
    }

    private static List<String> list(Map<String, String[]> params, String name) {
        String v = one(params, name);
        if (v == null || v.isBlank()) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static int integer(Map<String, String[]> params, String name, int dflt, int min, int max) {
        String v = one(params, name);
        if (v == null) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < min || n > max) {
                throw new InvalidParameter(name, name + " must be between " + min + " and " + max + ".");
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new InvalidParameter(name, name + " must be a whole number, not '" + Text.shorten(v) + "'.");
        }
    }
}
