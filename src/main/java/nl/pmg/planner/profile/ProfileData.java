package nl.pmg.planner.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.benchmark.Benchmarks;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.layer.MapLayers;
import nl.pmg.planner.monitor.MonitorIndex;
import nl.pmg.planner.print.SvgMap;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.security.Scope;
import nl.pmg.planner.scoring.IndexLayer;
import nl.pmg.planner.shared.NotFound;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * Gathers a profile for the caller. With detail rights for the gemeente the map shows its wijken, classed
 * among themselves, and the profile lists the top wijken of the residential lens ("waar jongeren wonen", the
 * municipality page's priority areas); without, the map shows the gemeente
 * among its neighbours, classed among all 342, and no wijk figure leaves the service.
 */
@Component
class ProfileData {

    static final int TOP = 5;

    private final Areas areas;
    private final MapLayers layers;
    private final Disclosure disclosure;
    private final Benchmarks benchmarks;
    private final Programme programme;
    private final MonitorIndex monitor;

    ProfileData(Areas areas, MapLayers layers, Disclosure disclosure, Benchmarks benchmarks, Programme programme,
            MonitorIndex monitor) {
        this.areas = areas;
        this.layers = layers;
        this.disclosure = disclosure;
        this.benchmarks = benchmarks;
        this.programme = programme;
        this.monitor = monitor;
    }

    Profile of(String code, String indicatorId, String lang) {
        Area g = areas.find(code).filter(a -> a.level() == Level.GEMEENTE).orElseThrow(() -> NotFound.area(code));
        boolean detail = Scope.current().detailFor(g.code());
        Level level = detail ? Level.WIJK : Level.GEMEENTE;
        Indicator ind = layers.require(indicatorId, level, "indicator");
        Map<String, Published> values = disclosure.values(ind.id(), level);
        Envelope extent = g.geometryRd().getEnvelopeInternal();
        List<Area> drawn = detail ? areas.within(g.code(), Level.WIJK) : neighbours(extent);
        List<Area> classed = detail ? drawn : areas.list(Level.GEMEENTE);
        Classes classes = Classes.quantiles(classed.stream().map(a -> values.get(a.code()))
                .filter(v -> v != null && v.value() != null).mapToDouble(Published::value).toArray(), 5, ind.direction());
        List<SvgMap.Shape> shapes = new ArrayList<>();
        int noData = 0;
        for (Area a : drawn) {
            Published v = values.get(a.code());
            String fill = classes.colour(v == null ? null : v.value());
            noData += fill == null ? 1 : 0;
            shapes.add(new SvgMap.Shape(a.code(), a.geometryRd(), fill, false));
        }
        shapes.add(new SvgMap.Shape(g.code(), g.geometryRd(), null, true));
        return new Profile(lang, LocalDate.now(), g, programme.member(g.code()).orElse(null), benchmarks.of(g.code()), ind,
                level, shapes, extent, classes, noData, detail ? top(g) : null, monitor.crime(g.code()).orElse(null));
    }

    private List<Area> neighbours(Envelope extent) {
        Envelope around = new Envelope(extent);
        around.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.25);
        return areas.list(Level.GEMEENTE).stream()
                .filter(a -> a.geometryRd() != null && a.geometryRd().getEnvelopeInternal().intersects(around)).toList();
    }

    private List<Profile.Ranked> top(Area g) {
        Map<String, Published> index = disclosure.values(IndexLayer.RESIDENTIAL, Level.WIJK);
        return areas.within(g.code(), Level.WIJK).stream()
                .filter(w -> index.get(w.code()) != null && index.get(w.code()).value() != null)
                .map(w -> new Profile.Ranked(w.code(), w.name(), index.get(w.code()).value()))
                .sorted(Comparator.comparingDouble(Profile.Ranked::score).reversed()).limit(TOP).toList();
    }
}
