package nl.pmg.planner.features;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;

/**
 * The validated parameters of an items request (OGC API – Features Parts 1 and 2 plus our own
 * {@code indicators}, {@code gemeente}, {@code properties} and {@code zoom}). Unknown parameter names
 * are a 400 naming them, so a typo ({@code limt=10}) is not a silently different answer. A
 * {@code limit} above {@link #MAX_LIMIT} is capped, as the standard asks, not refused.
 *
 * @param bbox null when absent
 * @param inValidity false when {@code datetime} lies outside the data's validity (no feature matches)
 * @param zoom null for full-detail geometry
 */
record FeatureQuery(BboxFilter bbox, OgcCrs crs, boolean inValidity, int limit, int offset, List<String> indicators,
        String gemeente, Set<String> properties, Integer zoom, String format) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    static final Set<String> KNOWN = Set.of("bbox", "bbox-crs", "crs", "datetime", "limit", "offset", "indicators",
            "gemeente", "properties", "zoom", "f");

    static FeatureQuery parse(Map<String, String[]> params) {
        rejectUnknown(params, KNOWN);
        String f = one(params, "f");
        if (f != null && !Set.of("json", "geojson", "html").contains(f)) {
            throw new InvalidParameter("f", "f must be json, geojson or html, not '" + Text.shorten(f) + "'.");
        }
        OgcCrs crs = crs(params, "crs");
        OgcCrs bboxCrs = crs(params, "bbox-crs");
        String bboxText = one(params, "bbox");
        if (bboxText == null && one(params, "bbox-crs") != null) {
            throw new InvalidParameter("bbox-crs", "bbox-crs needs a bbox.");
        }
        BboxFilter bbox = bboxText == null ? null : BboxFilter.parse(bboxText, bboxCrs);
        String datetime = one(params, "datetime");
        boolean inValidity = datetime == null || Validity.matches(datetime);
        int limit = Math.min(MAX_LIMIT, integer(params, "limit", DEFAULT_LIMIT, 1, Integer.MAX_VALUE));
        int offset = integer(params, "offset", 0, 0, 10_000_000);
        Integer zoom = one(params, "zoom") == null ? null : integer(params, "zoom", 0, 0, 22);
        String gemeente = one(params, "gemeente");
        if (gemeente != null && !gemeente.matches("GM\\d{4}")) {
            throw new InvalidParameter("gemeente", "gemeente must be a CBS code such as GM0363.");
        }
        return new FeatureQuery(bbox, crs, inValidity, limit, offset, list(params, "indicators"), gemeente,
                one(params, "properties") == null ? null : new LinkedHashSet<>(list(params, "properties")), zoom, f);
    }

    static void rejectUnknown(Map<String, String[]> params, Set<String> known) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name) + "'; known: "
                        + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        }
    }

    private static OgcCrs crs(Map<String, String[]> params, String name) {
        String v = one(params, name);
        return v == null ? OgcCrs.CRS84 : OgcCrs.parse(name, v);
    }

    static String one(Map<String, String[]> params, String name) {
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
            if (v.trim().matches("\\d{10,}")) { // a huge limit is still a limit: capped like any other
                if (max == Integer.MAX_VALUE) {
                    return max;
                }
                throw new InvalidParameter(name, name + " must be between " + min + " and " + max + ".");
            }
            throw new InvalidParameter(name, name + " must be a whole number, not '" + Text.shorten(v) + "'.");
        }
    }
}
