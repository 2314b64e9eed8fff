package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.pmg.planner.shared.InvalidParameter;
import org.junit.jupiter.api.Test;

class FeatureQueryTest {

    private static FeatureQuery parse(String... kv) {
        Map<String, String[]> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], new String[] {kv[i + 1]});
        }
        return FeatureQuery.parse(m);
    }

    private static void rejects(String parameter, String... kv) {
        assertThatThrownBy(() -> parse(kv)).isInstanceOf(InvalidParameter.class)
                .satisfies(e -> assertThat(((InvalidParameter) e).parameter()).isEqualTo(parameter));
    }

    @Test
    void appliesDefaults() {
        FeatureQuery q = parse();
        assertThat(q.limit()).isEqualTo(100);
        assertThat(q.offset()).isZero();
        assertThat(q.bbox()).isNull();
        assertThat(q.indicators()).isEmpty();
    }

    @Test
    void parsesBboxAsLonLat() {
        var bbox = parse("bbox", "4.7,52.2,5.1,52.5").bbox().parts().get(0);
        assertThat(bbox.getMinX()).isEqualTo(4.7);
        assertThat(bbox.getMaxY()).isEqualTo(52.5);
    }

    @Test
    void readsSixNumberBboxesIgnoringHeights() {
        var bbox = parse("bbox", "4.7,52.2,-10,5.1,52.5,100").bbox().parts().get(0);
        assertThat(bbox).isEqualTo(new org.locationtech.jts.geom.Envelope(4.7, 5.1, 52.2, 52.5));
    }

    @Test
    void readsLatitudeFirstForEpsg4326AndEastingNorthingForRd() {
        var latLon = parse("bbox", "52.2,4.7,52.5,5.1", "bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4326").bbox();
        assertThat(latLon.parts().get(0)).isEqualTo(new org.locationtech.jts.geom.Envelope(4.7, 5.1, 52.2, 52.5));
        var rd = parse("bbox", "120000,480000,130000,490000", "bbox-crs", "EPSG:28992").bbox();
        assertThat(rd.crs()).isEqualTo(OgcCrs.RD_NEW);
        assertThat(rd.parts().get(0)).isEqualTo(new org.locationtech.jts.geom.Envelope(120000, 130000, 480000, 490000));
    }

    @Test
    void splitsABboxAcrossTheAntimeridianAndKeepsOnlyWhatCanHoldAreas() {
        // 170°E to 10°E the long way round: the eastern part (-180..10) holds the Netherlands, clipped to the window
        var bbox = parse("bbox", "170,50,10,54").bbox();
        assertThat(bbox.parts()).containsExactly(new org.locationtech.jts.geom.Envelope(1.0, 9.0, 50, 54));
        // 170°E to 175°W: nowhere near the data, so nothing can match
        assertThat(parse("bbox", "170,-10,-175,10").bbox().matchesNothing()).isTrue();
    }

    @Test
    void capsALimitAboveTheMaximumInsteadOfRefusingIt() {
        assertThat(parse("limit", "10001").limit()).isEqualTo(10_000);
        assertThat(parse("limit", "99999999999999999999").limit()).isEqualTo(10_000);
    }

    @Test
    void namesTheCrsParameterWhenTheCrsIsNotSupported() {
        rejects("crs", "crs", "http://www.opengis.net/def/crs/EPSG/0/3035");
        rejects("bbox-crs", "bbox", "1,2,3,4", "bbox-crs", "EPSG:3857");
        assertThat(parse("crs", "http://www.opengis.net/def/crs/EPSG/0/28992").crs()).isEqualTo(OgcCrs.RD_NEW);
    }

    @Test
    void datetimeMatchesTheValidityOf2024() {
        assertThat(parse("datetime", "2024-06-01T12:00:00Z").inValidity()).isTrue();
        assertThat(parse("datetime", "2024-01-01").inValidity()).isTrue();
        assertThat(parse("datetime", "2023-12-31T23:59:59Z").inValidity()).isFalse();
        assertThat(parse("datetime", "2025-01-01T00:00:00Z").inValidity()).isFalse();
        assertThat(parse("datetime", "../2024-01-01T00:00:00Z").inValidity()).isTrue();
        assertThat(parse("datetime", "2020-01-01T00:00:00Z/2023-12-31T00:00:00Z").inValidity()).isFalse();
        assertThat(parse("datetime", "2024-12-31/..").inValidity()).isTrue();
        assertThat(parse("datetime", "2025-01-01/").inValidity()).isFalse();
        rejects("datetime", "datetime", "yesterday");
        rejects("datetime", "datetime", "../..");
        rejects("datetime", "datetime", "2024-02-01/2024-01-01");
    }

    @Test
    void rejectsBadParametersNamingThem() {
        rejects("bbox", "bbox", "4.7,52.2,5.1");
        rejects("bbox", "bbox", "a,b,c,d");
        rejects("bbox", "bbox", "NaN,52.2,4.7,52.5");
        rejects("limit", "limit", "-1");
        rejects("limit", "limit", "0");
        rejects("offset", "offset", "-5");
        rejects("zoom", "zoom", "23");
        rejects("gemeente", "gemeente", "Amsterdam");
        rejects("limt", "limt", "10");
        rejects("f", "f", "xml");
        rejects("bbox", "bbox", "5,53,4,52,1");
        rejects("bbox", "bbox", "4,53,5,52");
        rejects("bbox", "bbox", "4,52,5,91");
    }

    @Test
    void splitsIndicatorListsAndDropsDuplicates() {
        assertThat(parse("indicators", "a, b,a").indicators()).containsExactly("a", "b");
    }
}
