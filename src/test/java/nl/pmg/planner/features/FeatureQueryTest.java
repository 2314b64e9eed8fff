package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.pmg.planner.shared.InvalidParameter;
import org.junit.jupiter.api.Test;

class FeatureQueryTest {

    private static FeatureQuery parse(String... kv) {
        Map<String, String[]> m = new java.util.HashMap<>();
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
        var bbox = parse("bbox", "4.7,52.2,5.1,52.5").bbox();
        assertThat(bbox.getMinX()).isEqualTo(4.7);
        assertThat(bbox.getMaxY()).isEqualTo(52.5);
    }

    @Test
    void rejectsBadParametersNamingThem() {
        rejects("bbox", "bbox", "4.7,52.2,5.1");
        rejects("bbox", "bbox", "a,b,c,d");
        rejects("bbox", "bbox", "5.1,52.2,4.7,52.5");
        rejects("bbox", "bbox", "NaN,52.2,4.7,52.5");
        rejects("limit", "limit", "-1");
        rejects("limit", "limit", "0");
        rejects("limit", "limit", "100001");
        rejects("limit", "limit", "99999999999999999999");
        rejects("offset", "offset", "-5");
        rejects("zoom", "zoom", "23");
        rejects("gemeente", "gemeente", "Amsterdam");
        rejects("limt", "limt", "10");
        rejects("f", "f", "xml");
    }

    @Test
    void splitsIndicatorListsAndDropsDuplicates() {
        assertThat(parse("indicators", "a, b,a").indicators()).containsExactly("a", "b");
    }
}
