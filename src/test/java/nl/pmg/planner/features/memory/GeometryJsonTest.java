package nl.pmg.planner.features.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.Test;

class GeometryJsonTest {

    private static String check(String wkt, int decimals) throws Exception {
        return GeometryJson.multiPolygon(new WKTReader().read(wkt), decimals);
    }

    @Test
    void writesPolygonAsMultiPolygonWithFixedDecimals() throws Exception {
        assertThat(check("POLYGON ((4.9 52.37, 4.91 52.37, 4.91 52.38, 4.9 52.37))", 4)).isEqualTo(
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[4.9000,52.3700],[4.9100,52.3700],[4.9100,52.3800],[4.9000,52.3700]]]]}");
    }

    @Test
    void dropsPointsThatRoundOntoTheirPredecessor() throws Exception {
        assertThat(check("POLYGON ((0 0, 0.00001 0, 1 0, 1 1, 0 0))", 2)).isEqualTo(
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0.00,0.00],[1.00,0.00],[1.00,1.00],[0.00,0.00]]]]}");
    }

    @Test
    void keepsHolesAndParts() throws Exception {
        String json = check("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 2 2)), ((20 20, 21 20, 21 21, 20 20)))", 0);
        assertThat(json).isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[10,0],[10,10],[0,10],[0,0]],"
                + "[[2,2],[2,4],[4,4],[2,2]]],[[[20,20],[21,20],[21,21],[20,20]]]]}");
    }

    @Test
    void writesLatitudeFirstWhenTheCrsAsksForIt() throws Exception {
        String json = GeometryJson.multiPolygon(new WKTReader().read("POLYGON ((4.9 52.3, 5 52.3, 5 52.4, 4.9 52.3))"), 1, true);
        assertThat(json).isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[52.3,4.9],[52.3,5.0],[52.4,5.0],[52.3,4.9]]]]}");
    }
}
