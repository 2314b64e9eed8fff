package nl.pmg.planner.features;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.Crs;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The collection documents: one per level, with the spatial extent (CRS84, computed once from the
 * boundaries), the temporal extent (the validity of the 2024 division, see {@link Validity}), the
 * CRSs served and the storage CRS (Part 2), and links to items and tiles.
 */
@Component
class Collections {

    static final String TILES_REL = "http://www.opengis.net/def/rel/ogc/1.0/vectortiles";

    private final Areas areas;
    private final Map<Level, double[]> extents = new EnumMap<>(Level.class);

    Collections(Areas areas) {
        this.areas = areas;
        for (Level l : Level.values()) {
            Envelope rd = new Envelope();
            for (Area a : areas.list(l)) {
                if (a.geometryRd() != null) {
                    rd.expandToInclude(a.geometryRd().getEnvelopeInternal());
                }
            }
            Envelope lonLat = Crs.rdToWgs84(Crs.RD_FACTORY.toGeometry(rd)).getEnvelopeInternal();
            extents.put(l, new double[] {floor(lonLat.getMinX()), floor(lonLat.getMinY()), ceil(lonLat.getMaxX()),
                ceil(lonLat.getMaxY())});
        }
    }

    private static double floor(double v) {
        return Math.floor(v * 1e4) / 1e4;
    }

    private static double ceil(double v) {
        return Math.ceil(v * 1e4) / 1e4;
    }

    /** The CRS84 bounding box [west, south, east, north] of a level's boundaries. */
    double[] extent(Level l) {
        return extents.get(l);
    }

    static String title(Level l) {
        return switch (l) {
            case GEMEENTE -> "Gemeenten (municipalities) 2024";
            case WIJK -> "Wijken (districts) 2024";
            case BUURT -> "Buurten (neighbourhoods) 2024 — approximate boundaries";
        };
    }

    Map<String, Object> describe(Level l, String base) {
        String self = base + "/api/collections/" + l.collection();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", l.collection());
        c.put("title", title(l));
        c.put("description", "CBS " + l.id() + " boundaries of the 2024 division (Wijk- en Buurtkaart 2024) with "
                + "hierarchy, regions and programme status; indicator values on request (parameter indicators).");
        c.put("itemType", "feature");
        c.put("level", l.id());
        c.put("itemCount", areas.count(l));
        c.put("approximateBoundaries", l == Level.BUURT);
        double[] e = extents.get(l);
        c.put("extent", Map.of(
                "spatial", Map.of("bbox", List.of(List.of(e[0], e[1], e[2], e[3])), "crs", OgcCrs.CRS84.uri()),
                "temporal", Map.of("interval", List.of(List.of(Validity.START.toString(), "2024-12-31T23:59:59Z")),
                        "trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian")));
        c.put("crs", OgcCrs.uris());
        c.put("storageCrs", OgcCrs.RD_NEW.uri());
        c.put("attribution", "Bron: CBS, PDOK; misdrijven: Politie, via CBS — CC BY 4.0");
        List<Object> links = new ArrayList<>();
        links.add(Links.link("self", self, "application/json", "this document"));
        links.add(Links.link("alternate", self + "?f=html", "text/html", "this document as HTML"));
        links.add(Links.link("items", self + "/items", "application/geo+json", "the features"));
        links.add(Links.link("items", self + "/items?f=html", "text/html", "the features as HTML"));
        links.add(Links.link(TILES_REL, self + "/tiles", "application/json", "vector tilesets"));
        links.add(Links.link("license", "https://creativecommons.org/licenses/by/4.0/", "text/html", "CC BY 4.0"));
        c.put("links", links);
        return c;
    }
}
