package nl.pmg.planner.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.Crs;
import nl.pmg.planner.shared.InvalidParameter;
import org.locationtech.jts.geom.Envelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=venlo&limit=10}: areas whose name or code matches, best first — exact
 * before prefix before word start before anywhere, then gemeente before wijk before buurt, so that
 * "Venlo" finds the municipality before its many "Venlo-…" buurten. Accents and case are ignored.
 */
@RestController
class SearchController {

    /** bbox is minLon, minLat, maxLon, maxLat; null for the few areas without a boundary. */
    record Hit(String code, String name, String level, String gemeente, String gemeenteName, double[] bbox) {
    }

    record Result(String q, List<Hit> results) {
    }

    private record Ranked(Area area, int rank) {
    }

    private final Areas areas;
    private final Map<String, double[]> boxes = new ConcurrentHashMap<>();

    SearchController(Areas areas) {
        this.areas = areas;
    }

    @GetMapping("/api/search")
    Result search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
        String needle = fold(q);
        if (needle.length() < 2 || needle.length() > 100) {
            throw new InvalidParameter("q", "q must be 2 to 100 characters.");
        }
        if (limit < 1 || limit > 50) {
            throw new InvalidParameter("limit", "limit must be between 1 and 50.");
        }
        List<Ranked> found = new ArrayList<>();
        for (Level level : Level.values()) {
            for (Area a : areas.list(level)) {
                int rank = Math.min(rank(fold(a.name()), needle), rank(fold(a.code()), needle));
                if (rank < Integer.MAX_VALUE) {
                    found.add(new Ranked(a, rank));
                }
            }
        }
        found.sort(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.area().level())
                .thenComparing(r -> r.area().name()));
        return new Result(q, found.stream().limit(limit).map(r -> hit(r.area())).toList());
    }

    private Hit hit(Area a) {
        String gemeenteName = areas.find(a.gemeenteCode()).map(Area::name).orElse(null);
        return new Hit(a.code(), a.name(), a.level().id(), a.gemeenteCode(), gemeenteName, box(a));
    }

    private double[] box(Area a) {
        if (a.geometryRd() == null) {
            return null;
        }
        return boxes.computeIfAbsent(a.code(), c -> {
            Envelope e = Crs.rdToWgs84(Crs.RD_FACTORY.toGeometry(a.geometryRd().getEnvelopeInternal()))
                    .getEnvelopeInternal();
            return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
        });
    }

    /** 0 exact, 1 prefix, 2 start of a later word, 3 anywhere, MAX_VALUE no match. */
    static int rank(String haystack, String needle) {
        if (haystack.equals(needle)) {
            return 0;
        }
        if (haystack.startsWith(needle)) {
            return 1;
        }
        int at = haystack.indexOf(needle);
        if (at < 0) {
            return Integer.MAX_VALUE;
        }
        return Character.isLetterOrDigit(haystack.charAt(at - 1)) ? 3 : 2;
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
