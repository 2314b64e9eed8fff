package nl.pmg.planner.store;

import static nl.pmg.planner.imports.TestGeoPackages.square;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.imports.TestGeoPackages;
import nl.pmg.planner.imports.TestGeoPackages.Feature;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The boundary part of the store contract: another vintage from a GeoPackage, faults rejected as a whole. */
abstract class BoundaryContract extends StoreContract {

    static final List<String> GM = List.of("code", "name");
    static final List<String> WK = List.of("code", "name", "gm_code");

    @TempDir
    Path dir;

    Http.Response upload(int vintage, Consumer<TestGeoPackages> fill) throws Exception {
        Path file = TestGeoPackages.create(dir.resolve("b" + System.nanoTime() + ".gpkg"), fill);
        return Upload.multipart(port, "/api/imports/boundaries?vintage=" + vintage,
                Map.of("file", Map.entry(file.getFileName().toString(), Files.readAllBytes(file))));
    }

    @Test
    void importsAnotherVintageFromWgs84ReprojectedToRd() throws Exception {
        Http.Response r = upload(2023, g -> g
                .layer("gemeente", 4326, GM, List.of(new Feature(List.of("GM9901", "Proefdorp"), square(4.88, 52.36, 0.02)),
                        new Feature(List.of("GM9902", "Strikland"), square(5.10, 52.08, 0.02))))
                .layer("wijk", 4326, WK, List.of(new Feature(List.of("WK990101", "Centrum", "GM9901"),
                        "MULTIPOLYGON(((4.88 52.36, 4.89 52.37, 4.89 52.36, 4.88 52.37, 4.88 52.36)))"))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode run = r.json();
        assertThat(run.get("rowsAccepted").asLong()).isEqualTo(3);
        assertThat(run.get("report").asString()).contains("1 boundaries repaired").contains("wijk WK990101");
        assertThat(codes(2023)).containsExactly("GM9901", "GM9902", "WK990101");
        Area amsterdamish = store.areas(2023).stream().filter(a -> a.code().equals("GM9901")).findFirst().orElseThrow();
        // 4.88°E 52.36°N lies near RD (120 000, 486 000)
        assertThat(amsterdamish.geometryRd().getEnvelopeInternal().getMinX()).isBetween(119_000.0, 122_000.0);
        assertThat(amsterdamish.geometryRd().getEnvelopeInternal().getMinY()).isBetween(485_000.0, 488_000.0);
        assertThat(store.vintages()).contains(2023, 2024);
    }

    @Test
    void rejectsALayerWithoutCrs() throws Exception {
        assertRejected(upload(2023, g -> g.layer("gemeente", 0, GM,
                List.of(new Feature(List.of("GM9901", "Proefdorp"), square(4.88, 52.36, 0.02))))), "has no CRS");
    }

    @Test
    void rejectsCoordinatesThatDoNotFitTheDeclaredCrs() throws Exception {
        assertRejected(upload(2023, g -> g.layer("gemeente", 28992, GM,
                List.of(new Feature(List.of("GM9901", "Proefdorp"), square(4.88, 52.36, 0.02))))),
                "does not fit the coordinates");
    }

    @Test
    void rejectsAGeometryThatCannotBeRepaired() throws Exception {
        assertRejected(upload(2023, g -> g.layer("gemeente", 4326, GM, List.of(new Feature(List.of("GM9901", "Lijn"),
                "MULTIPOLYGON(((4.88 52.36, 4.88 52.36, 4.88 52.36, 4.88 52.36)))")))), "cannot be repaired");
    }

    @Test
    void rejectsMixedVintagesAndUnknownParents() throws Exception {
        assertRejected(upload(2022, g -> g
                .layer("gemeente", 4326, List.of("code", "name", "vintage"),
                        List.of(new Feature(List.of("GM9901", "Proefdorp", "2021"), square(4.88, 52.36, 0.02))))
                .layer("wijk", 4326, WK, List.of(new Feature(List.of("WK990201", "Elders", "GM9902"),
                        square(4.88, 52.36, 0.01))))), "mixed vintages");
    }

    @Test
    void rejectsAFileThatIsNotAGeoPackage() throws Exception {
        Map<String, Long> before = dataCounts();
        Http.Response r = Upload.multipart(port, "/api/imports/boundaries?vintage=2023",
                Map.of("file", Map.entry("not-a-geopackage.gpkg", Files.readAllBytes(FIXTURES.resolve(
                        "valid-gemeente-table.csv")))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("not a GeoPackage");
        assertThat(dataCounts()).isEqualTo(before);
    }

    void assertRejected(Http.Response r, String reason) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("problems").toString()).contains(reason);
        assertThat(store.vintages()).doesNotContain(2022, 2023);
    }
}
