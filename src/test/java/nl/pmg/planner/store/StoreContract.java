package nl.pmg.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The store contract, run against both stores through the HTTP API: imports become visible in the
 * indicator API, every malformed file is rejected with row and reason, and a rejected or
 * interrupted import leaves the data exactly as it was.
 */
abstract class StoreContract {

    static final Path FIXTURES = Path.of("src/test/resources/imports");

    @LocalServerPort
    int port;

    @Autowired
    Store store;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void cleanImports() {
        http = new Http(port);
        jdbc.update("DELETE FROM indicator_value WHERE indicator_id IN (SELECT id FROM indicator WHERE origin = 'imported')");
        jdbc.update("DELETE FROM indicator WHERE origin = 'imported'");
        jdbc.update("DELETE FROM area WHERE vintage <> 2024");
    }

    /** Row counts of the data tables (import_run excluded: a rejected run is recorded on purpose). */
    Map<String, Long> dataCounts() {
        Map<String, Long> counts = new LinkedHashMap<>(store.counts());
        counts.remove("import_run");
        return counts;
    }

    Http.Response postCsv(String fixture) throws IOException {
        return http.post("/api/imports/indicators?fileName=" + fixture, "text/csv",
                Files.readString(FIXTURES.resolve(fixture), StandardCharsets.ISO_8859_1));
    }

    @Test
    void importsAnIndicatorTableAndServesItThroughTheApi() throws Exception {
        Map<String, Long> before = dataCounts();
        Http.Response r = Upload.bytes(port, "/api/imports/indicators?fileName=valid.csv", "text/csv",
                Files.readAllBytes(FIXTURES.resolve("valid-gemeente-table.csv")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode run = r.json();
        assertThat(run.get("outcome").asString()).isEqualTo("accepted");
        assertThat(run.get("rowsAccepted").asLong()).isEqualTo(5);
        assertThat(run.get("checksum").asString()).hasSize(64);
        assertThat(run.get("startedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
        assertThat(run.get("finishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
        assertThat(http.get("/api/imports/" + run.get("id").asLong()).json().get("outcome").asString())
                .isEqualTo("accepted");
        assertThat(dataCounts().get("indicator_value")).isEqualTo(before.get("indicator_value") + 5);

        JsonNode values = http.get("/api/indicators/youth_suspects/values?level=gemeente").json().get("values");
        assertThat(values.get("GM0363").get("value").asDouble()).isEqualTo(12.5);
        assertThat(values.get("GM0344").get("value").asDouble()).as("latest period").isEqualTo(9.0);
        assertThat(values.get("GM0014").get("status").asString()).isEqualTo("suppressed");
        assertThat(http.get("/api/indicators").body()).contains("\"youth_suspects\"");
        JsonNode feature = http.get("/api/collections/gemeenten/items/GM0599?indicators=youth_suspects&zoom=6").json();
        assertThat(feature.get("properties").get("youth_suspects").asDouble()).isEqualTo(14.1);
    }

    @Test
    void reimportReplacesTheEarlierValues() throws Exception {
        postCsv("valid-gemeente-table.csv");
        String second = Files.readString(FIXTURES.resolve("valid-gemeente-table.csv")).replace("GM0363,2023,12.5,",
                "GM0363,2023,20.0,").replace("GM0014,2023,,suppressed\n", "");
        assertThat(http.post("/api/imports/indicators", "text/csv", second).status()).isEqualTo(201);
        JsonNode values = http.get("/api/indicators/youth_suspects/values?level=gemeente").json().get("values");
        assertThat(values.get("GM0363").get("value").asDouble()).isEqualTo(20.0);
        assertThat(values.get("GM0014").get("status").asString()).isEqualTo("missing");
    }

    @Test
    void acceptsAMultipartUploadWithAJsonSidecar() throws Exception {
        String csv = "area_code,period,value\nWK0363SE,2023,4.5\nWK0363TA,2023,5.5\n";
        String sidecar = "{\"id\":\"wijk_fixture\",\"label_nl\":\"Proef\",\"label_en\":\"Fixture\",\"unit\":\"%\","
                + "\"direction\":\"neutral\",\"source\":\"test\",\"level\":\"wijk\",\"min\":0,\"max\":100}";
        Http.Response r = Upload.multipart(port, "/api/imports/indicators", Map.of(
                "file", Map.entry("wijk.csv", csv.getBytes(StandardCharsets.UTF_8)),
                "metadata", Map.entry("wijk.json", sidecar.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("fileName").asString()).isEqualTo("wijk.csv");
        assertThat(http.get("/api/indicators/wijk_fixture/values?level=wijk").json().get("values").get("WK0363TA")
                .get("value").asDouble()).isEqualTo(5.5);
    }

    static Stream<Arguments> malformedFiles() throws IOException {
        return Files.readAllLines(FIXTURES.resolve("expected-problems.csv")).stream().skip(1)
                .map(l -> l.split(",", 3)).map(c -> Arguments.of(c[0], Long.parseLong(c[1]), c[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void rejectsTheWholeMalformedFileWithRowAndReason(String fixture, long row, String reason) throws Exception {
        postCsv("valid-gemeente-table.csv");
        Map<String, Long> before = dataCounts();
        String checksum = store.checksum();
        Http.Response r = Upload.bytes(port, "/api/imports/indicators?fileName=" + fixture, "text/csv",
                Files.readAllBytes(FIXTURES.resolve(fixture)));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("code").asString()).isEqualTo("import-rejected");
        assertThat(problem.get("problems")).anySatisfy(p -> {
            assertThat(p.get("row").asLong()).isEqualTo(row);
            assertThat(p.get("reason").asString()).contains(reason);
        });
        assertThat(http.get("/api/imports/" + problem.get("importRun").asLong()).json().get("outcome").asString())
                .isEqualTo("rejected");
        assertThat(dataCounts()).isEqualTo(before);
        assertThat(store.checksum()).isEqualTo(checksum);
    }

    static final Path CBS = FIXTURES.resolve("cbs");

    /** A CBS table as downloaded, with its sidecar: {@code <file>.json} when present, else the format's default. */
    Http.Response postCbs(String fixture) throws Exception {
        Path side = CBS.resolve(fixture + ".json");
        if (!Files.exists(side)) {
            side = CBS.resolve(fixture.startsWith("statline") ? "statline.json" : "odata.json");
        }
        return Upload.multipart(port, "/api/imports/indicators", Map.of(
                "file", Map.entry(fixture, Files.readAllBytes(CBS.resolve(fixture))),
                "metadata", Map.entry("metadata.json", Files.readAllBytes(side))));
    }

    @Test
    void importsAStatLineCsvExportAsDownloaded() throws Exception {
        Http.Response r = postCbs("statline-85984NED-kwb2024.csv");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode run = r.json();
        assertThat(run.get("report").asString()).contains("CBS 85984NED (StatLine CSV), measure AantalInwoners_5")
                .contains("72 rows read, 71 imported").contains("gemeente rows 1");
        JsonNode imported = http.get("/api/indicators/population_reexport/values?level=wijk").json().get("values");
        JsonNode shipped = http.get("/api/indicators/population/values?level=wijk").json().get("values");
        int suppressed = 0;
        int almere = 0;
        for (var e : imported.properties()) {
            if (!e.getKey().startsWith("WK0034")) {
                assertThat(e.getValue().get("status").asString()).as(e.getKey()).isEqualTo("missing");
                continue;
            }
            almere++;
            JsonNode ours = shipped.get(e.getKey());
            assertThat(e.getValue().get("status").asString()).as(e.getKey()).isEqualTo(ours.get("status").asString()
                    .equals("suppressed") ? "suppressed" : "observed");
            if (ours.get("value").isNull()) {
                suppressed++;
            } else {
                assertThat(e.getValue().get("value").asDouble()).as(e.getKey()).isEqualTo(ours.get("value").asDouble());
            }
        }
        assertThat(almere).isEqualTo(71);
        assertThat(suppressed).isEqualTo(8); // the 'x' cells: suppressed, as we ship them

        assertThat(imported.get("WK003448").get("value").asDouble()).isEqualTo(5280);
        JsonNode ind = http.get("/api/indicators/population_reexport").json();
        assertThat(ind.get("source").asString()).startsWith("CBS 85984NED — Kerncijfers wijken en buurten 2024");
    }

    @Test
    void importsCbsODataJsonAndDerivesRatesFromOurPopulation() throws Exception {
        Http.Response r = postCbs("odata-47022NED-crime.json");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("report").asString()).contains("CBS 47022NED (OData v4 JSON)")
                .contains("1026 rows read, 684 imported");
        JsonNode imported = http.get("/api/indicators/crime_rate_reexport/values?level=gemeente").json().get("values");
        JsonNode shipped = http.get("/api/indicators/crime_per_1000/values?level=gemeente").json().get("values");
        assertThat(imported.size()).isEqualTo(342);
        for (var e : imported.properties()) {
            // 2024 is the latest period: registered crimes 2024 / inhabitants 1 Jan 2024 × 1,000, as we compute it
            assertThat(e.getValue().get("status").asString()).isEqualTo("derived");
            assertThat(e.getValue().get("value").asDouble()).as(e.getKey())
                    .isCloseTo(shipped.get(e.getKey()).get("value").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
        }
        // Groningen by hand: 14,952 crimes / 243,768 inhabitants × 1,000 = 61.3370
        assertThat(imported.get("GM0014").get("value").asDouble()).isCloseTo(61.3370, org.assertj.core.api.Assertions.within(1e-4));
        JsonNode ind = http.get("/api/indicators/crime_rate_reexport").json();
        assertThat(ind.get("source").asString()).startsWith("CBS 47022NED — Geregistreerde misdrijven");
        assertThat(ind.get("definition").asString()).contains("divided by our indicator population").contains("derived");
    }

    static Stream<Arguments> malformedCbsTables() throws IOException {
        return Files.readAllLines(CBS.resolve("expected-problems.csv")).stream().skip(1)
                .map(l -> l.split(",", 3)).map(c -> Arguments.of(c[0], Long.parseLong(c[1]), c[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedCbsTables")
    void rejectsAMalformedCbsTableWithRowAndReasonAndKeepsTheStore(String fixture, long row, String reason)
            throws Exception {
        postCsv("valid-gemeente-table.csv");
        Map<String, Long> before = dataCounts();
        String checksum = store.checksum();
        Http.Response r = postCbs(fixture);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode problem = r.json();
        assertThat(problem.get("code").asString()).isEqualTo("import-rejected");
        assertThat(problem.get("problems")).anySatisfy(p -> {
            assertThat(p.get("row").asLong()).isEqualTo(row);
            assertThat(p.get("reason").asString()).contains(reason);
        });
        assertThat(dataCounts()).isEqualTo(before);
        assertThat(store.checksum()).isEqualTo(checksum);
    }

    @Test
    void reportsAtMostOneHundredProblems() {
        StringBuilder csv = new StringBuilder();
        csv.append("# id: many\n# label_nl: v\n# label_en: v\n# unit: u\n# direction: neutral\n# source: s\n")
                .append("# level: gemeente\narea_code,period,value\n");
        for (int i = 0; i < 500; i++) {
            csv.append("GM9").append(String.format("%03d", i)).append(",2023,1\n");
        }
        JsonNode problem = http.post("/api/imports/indicators", "text/csv", csv.toString()).json();
        assertThat(problem.get("problemCount").asLong()).isEqualTo(500);
        assertThat(problem.get("problems")).hasSize(100);
    }

    @Test
    void anInterruptedImportLeavesTheStoreAsItWas() throws Exception {
        postCsv("valid-gemeente-table.csv");
        Map<String, Long> before = dataCounts();
        String checksum = store.checksum();
        StringBuilder csv = new StringBuilder(Files.readString(FIXTURES.resolve("valid-gemeente-table.csv"))
                .replace("# level: gemeente", "# level: buurt"));
        csv.setLength(csv.indexOf("area_code"));
        csv.append("area_code,period,value,status\n");
        for (int y = 0; y < 3; y++) {
            store.areas(2024).stream().filter(a -> a.level() == nl.pmg.planner.area.Level.BUURT)
                    .forEach(a -> csv.append(a.code()).append(",2023,1.0,\n"));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new InputStream() {
            int at;

            @Override
            public int read() throws IOException {
                if (at > bytes.length / 2) {
                    throw new IOException("connection reset");
                }
                return bytes[at++] & 0xff;
            }
        };
        var importer = importer();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.run(breaking, "broken.csv", "test",
                Map.of())).isInstanceOf(RuntimeException.class);
        assertThat(dataCounts()).isEqualTo(before);
        assertThat(store.checksum()).isEqualTo(checksum);
        assertThat(http.get("/api/indicators/youth_suspects/values?level=gemeente").json().get("values").get("GM0363")
                .get("value").asDouble()).isEqualTo(12.5);
    }

    @Autowired
    nl.pmg.planner.imports.IndicatorCsvImport csvImport;

    nl.pmg.planner.imports.IndicatorCsvImport importer() {
        return csvImport;
    }

    @Test
    void anUnknownImportRunIsNotFound() {
        Http.Response r = http.get("/api/imports/987654321");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asString()).isEqualTo("unknown-import");
    }

    List<String> codes(int vintage) {
        return store.areas(vintage).stream().map(nl.pmg.planner.area.Area::code).sorted().toList();
    }
}
