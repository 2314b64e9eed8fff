package nl.pmg.planner.profile;

import java.time.LocalDate;
import java.util.List;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.benchmark.Benchmarks;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.monitor.MonitorIndex;
import nl.pmg.planner.print.SvgMap;
import nl.pmg.planner.programme.Member;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything on one gebiedsprofiel, already through the disclosure path. {@code priority} is null when the
 * reader may not see wijk figures of this gemeente (the profile then says so instead of listing them).
 */
record Profile(String lang, LocalDate date, Area gemeente, Member member, Benchmarks.Benchmark benchmark,
        Indicator indicator, Level mapLevel, List<SvgMap.Shape> shapes, Envelope extent, Classes classes, int noData,
        List<Ranked> priority, MonitorIndex.Index index) {

    /** A wijk among the gemeente's highest risk-index scores. */
    record Ranked(String code, String name, double score) {
    }
}
