package nl.pmg.planner.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class SvgMapTest {

    @Test
    void aSquareFillsTheFrameNorthUp() throws Exception {
        Geometry square = new WKTReader().read("MULTIPOLYGON (((0 0, 1000 0, 1000 1000, 0 1000, 0 0)))");
        StringBuilder sb = new StringBuilder();
        // frame 100 × 100 px over exactly the square: x to the right, RD north (y = 1000) at the top (y = 0 px)
        SvgMap.path(square, new Envelope(0, 1000, 0, 1000), 0.1, 0, 0, sb);
        assertThat(sb).hasToString("M0.0 100.0L100.0 100.0L100.0 0.0L0.0 0.0L0.0 100.0Z");
    }

    @Test
    void theScaleBarIsARoundNumberOfKilometresAboutAFifthOfTheMap() {
        StringBuilder sb = new StringBuilder();
        // 12 km wide at 0.04 px/m: a fifth is 2.4 km, so the bar is 2 km = 80 px
        SvgMap.scaleBar(new Envelope(0, 12_000, 0, 8_000), 0.04, 320, sb);
        assertThat(sb.toString()).contains("width=\"80.0\" height=\"3\"").contains(">2,0 km<");
        StringBuilder small = new StringBuilder();
        SvgMap.scaleBar(new Envelope(0, 3_000, 0, 2_000), 0.1, 200, small);
        assertThat(small.toString()).contains(">500 m<");
    }

    @Test
    void theFocusIsDrawnLastWithAHeavyOutlineAndNoFillOverTheChoropleth() throws Exception {
        WKTReader wkt = new WKTReader();
        Geometry a = wkt.read("MULTIPOLYGON (((0 0, 500 0, 500 500, 0 500, 0 0)))");
        String svg = SvgMap.svg(List.of(new SvgMap.Shape("GM1", a, null, true), new SvgMap.Shape("WK1", a, "#bd0026", false)),
                new Envelope(0, 500, 0, 500), 200, 200, "Kaart");
        assertThat(svg.indexOf("fill=\"#bd0026\"")).isLessThan(svg.indexOf("fill=\"none\""));
        assertThat(svg).contains("stroke=\"#111111\" stroke-width=\"2.2\"").contains("aria-label=\"Kaart\"");
    }
}
