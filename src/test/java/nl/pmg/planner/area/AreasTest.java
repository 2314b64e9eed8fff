package nl.pmg.planner.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreasTest {

    private static Area gm(String code) {
        return new Area(code, code, Level.GEMEENTE, code, null, null, false, null);
    }

    private static Area wk(String code, String gm) {
        return new Area(code, code, Level.WIJK, gm, code, null, false, null);
    }

    private static Area bu(String code, String wk, String gm) {
        return new Area(code, code, Level.BUURT, gm, wk, null, true, null);
    }

    private final Areas areas = new Areas(List.of(gm("GM0363"), gm("GM0153"), wk("WK036300", "GM0363"),
            wk("WK036301", "GM0363"), bu("BU03630000", "WK036300", "GM0363"), bu("BU03630001", "WK036300", "GM0363"),
            bu("BU03630100", "WK036301", "GM0363")));

    @Test
    void keepsTheHierarchyBuurtWijkGemeente() {
        assertThat(areas.children("GM0363")).extracting(Area::code).containsExactly("WK036300", "WK036301");
        assertThat(areas.children("WK036300")).extracting(Area::code).containsExactly("BU03630000", "BU03630001");
        assertThat(areas.find("BU03630100").orElseThrow().parentCode()).isEqualTo("WK036301");
        assertThat(areas.within("GM0363", Level.BUURT)).hasSize(3);
        assertThat(areas.within("GM0153", Level.BUURT)).isEmpty();
    }

    @Test
    void countsPerLevel() {
        assertThat(areas.count(Level.GEMEENTE)).isEqualTo(2);
        assertThat(areas.count(Level.WIJK)).isEqualTo(2);
        assertThat(areas.count(Level.BUURT)).isEqualTo(3);
    }

    @Test
    void rejectsBuurtWithUnknownWijk() {
        assertThatThrownBy(() -> new Areas(List.of(gm("GM0363"), bu("BU03639999", "WK036399", "GM0363"))))
                .hasMessageContaining("unknown parent WK036399");
    }

    @Test
    void rejectsBuurtWhoseWijkLiesInAnotherGemeente() {
        assertThatThrownBy(() -> new Areas(List.of(gm("GM0363"), gm("GM0153"), wk("WK036300", "GM0363"),
                bu("BU01530000", "WK036300", "GM0153")))).hasMessageContaining("lies in GM0153");
    }

    @Test
    void rejectsDuplicateCodes() {
        assertThatThrownBy(() -> new Areas(List.of(gm("GM0363"), gm("GM0363")))).hasMessageContaining("duplicate");
    }

    @Test
    void levelFollowsCodePrefix() {
        assertThat(Level.ofCode("BU03630000")).contains(Level.BUURT);
        assertThat(Level.ofCode("WK036300")).contains(Level.WIJK);
        assertThat(Level.ofCode("GM0363")).contains(Level.GEMEENTE);
        assertThat(Level.ofCode("PV27")).isEmpty();
    }
}
