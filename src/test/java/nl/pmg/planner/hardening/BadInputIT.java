package nl.pmg.planner.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.pmg.planner.store.Store;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input on every endpoint that takes parameters or a body: each case must be answered with a
 * 4xx problem+json that has a {@code code} and shows no stack trace or SQL, never a 500, and must leave
 * the store as it was. Generated cases cross endpoints with hostile values; hand-written cases cover the
 * named faults (malformed JSON, unknown fields, path traversal, compression bombs, oversized uploads).
 * The multipart limits are lowered to 1 MB here so that "oversized" is cheap to send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planner.store.data-dir=target/it-data/bad-input",
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=1MB"})
class BadInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LONG = "A".repeat(10_000);
    private static final String LONG_DIGITS = "9".repeat(10_000);

    /** Values no numeric parameter may accept. */
    private static final List<String> BAD_NUMBERS = List.of("abc", "-1", "99999999999999999999", "NaN", "Infinity",
            "-Infinity", "1e309", "1.5", "' OR 1=1 --", "<script>alert(1)</script>", LONG_DIGITS);

    /** Values no area code, indicator id or other identifier may match. */
    private static final List<String> BAD_CODES = List.of("' OR '1'='1", "GM0363'; DROP TABLE area; --",
            "<script>alert(1)</script>", "../../etc/passwd", "..\\..\\windows\\win.ini", LONG, "GM0363\u0000",
            "${jndi:ldap://127.0.0.1/a}", "%s%n%x", "\uD835\uDD4F\u202E");

    private static final List<String> BAD_BBOXES = List.of("abc", "1,2,3", "1,2,3,4,5", "NaN,NaN,NaN,NaN",
            "Infinity,50,7,54", "4,50,-Infinity,54", "1e309,50,7,54", "7,54,4,50", "4,50,7,9999",
            "' OR 1=1 --", "<script>alert(1)</script>", LONG_DIGITS);

    @LocalServerPort
    int port;

    @Autowired
    Store store;

    @Autowired
    JdbcTemplate jdbc;

    /** One hostile request and whether it can write (then the store is compared around it). */
    record Case(String name, String method, String path, String contentType, byte[] body, Map<String, String> headers,
            boolean mutating) {

        static Case get(String name, String path) {
            return new Case(name, "GET", path, null, null, Map.of(), false);
        }

        static Case post(String name, String path, String contentType, byte[] body) {
            return new Case(name, "POST", path, contentType, body, Map.of(), true);
        }

        static Case json(String name, String path, String body) {
            return post(name, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }

        Case with(String header, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return new Case(name, method, path, contentType, body, h, mutating);
        }
    }

    @TestFactory
    Stream<DynamicTest> hostileInputIsAClientProblemAndLeavesTheStoreAlone() throws IOException {
        Client client = new Client(port);
        List<Case> cases = new ArrayList<>();
        cases.addAll(generated());
        cases.addAll(malformedJson());
        cases.addAll(wrongFields());
        cases.addAll(uploads());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);

        Snapshot[] before = new Snapshot[1];
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("store snapshot before the suite", () -> before[0] = snapshot(true)));
        for (Case c : cases) {
            tests.add(DynamicTest.dynamicTest(c.method() + " " + c.name(), () -> check(client, c)));
        }
        tests.add(DynamicTest.dynamicTest("store unchanged after the suite", () -> {
            Snapshot after = snapshot(true);
            assertThat(after.data()).isEqualTo(before[0].data());
            assertThat(after.checksum()).isEqualTo(before[0].checksum());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM import_run WHERE outcome = 'accepted'", Long.class))
                    .as("no import accepted").isEqualTo(before[0].acceptedImports());
        }));
        return tests.stream();
    }

    private void check(Client client, Case c) throws Exception {
        Snapshot before = c.mutating() ? snapshot(false) : null;
        Client.Response r = client.send(c.method(), c.path(), c.contentType(), c.body(), c.headers());
        String shown = c.name() + " -> " + r.status() + " " + r.contentType() + " " + shorten(r.body());
        if (before != null) {
            Snapshot after = snapshot(false);
            assertThat(after.data()).as("store rows after " + shown).isEqualTo(before.data());
            assertThat(after.acceptedImports()).as("accepted imports after " + shown)
                    .isEqualTo(before.acceptedImports());
        }
        assertThat(r.status()).as(shown).isBetween(400, 499);
        assertThat(r.contentType()).as(shown).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.path("code").asString("")).as(shown).isNotBlank();
        assertThat(r.body()).as(shown).doesNotContain("Exception", "\tat ", "at nl.pmg", "at java.", "at org.",
                "SQLITE_", "org.postgresql", "jdbc:", "syntax error");
    }

    /** Row counts of the data tables (import runs excluded: a rejected import leaves its trace by design). */
    record Snapshot(Map<String, Long> data, long acceptedImports, String checksum) {
    }

    private Snapshot snapshot(boolean withChecksum) {
        Map<String, Long> data = new LinkedHashMap<>(store.counts());
        data.remove("import_run");
        data.put("framework", jdbc.queryForObject("SELECT count(*) FROM framework", Long.class));
        long accepted = jdbc.queryForObject("SELECT count(*) FROM import_run WHERE outcome = 'accepted'", Long.class);
        return new Snapshot(data, accepted, withChecksum ? store.checksum() : null);
    }

    // ---- generated: endpoints × hostile values ---------------------------------------------------

    private static List<Case> generated() {
        List<Case> out = new ArrayList<>();
        for (String collection : List.of("gemeenten", "buurten")) {
            String items = "/api/collections/" + collection + "/items";
            for (String p : List.of("limit", "offset", "zoom")) {
                // a limit above the maximum is capped, not refused (OGC API – Features Part 1, /req/core/fc-limit-response-1)
                BAD_NUMBERS.stream().filter(v -> !(p.equals("limit") && v.equals("99999999999999999999")))
                        .forEach(v -> out.add(Case.get(items + " " + p + "=" + shorten(v), items + "?" + q(p, v))));
            }
            BAD_BBOXES.forEach(v -> out.add(Case.get(items + " bbox=" + shorten(v), items + "?" + q("bbox", v))));
            for (String p : List.of("gemeente", "indicators", "properties")) {
                BAD_CODES.forEach(v -> out.add(Case.get(items + " " + p + "=" + shorten(v), items + "?" + q(p, v))));
            }
        }
        out.add(Case.get("items limit=0", "/api/collections/gemeenten/items?limit=0"));
        out.add(Case.get("items zoom=99", "/api/collections/buurten/items?zoom=99"));
        BAD_CODES.forEach(v -> out.add(Case.get("collection " + shorten(v), "/api/collections/" + seg(v) + "/items")));
        BAD_CODES.forEach(v -> out.add(Case.get("item " + shorten(v), "/api/collections/gemeenten/items/" + seg(v))));
        for (String base : List.of("/api/indicators/", "/api/layers/")) {
            BAD_CODES.forEach(v -> out.add(Case.get(base + shorten(v) + "/values", base + seg(v) + "/values?level=gemeente")));
            BAD_CODES.forEach(v -> out.add(Case.get(base + "…/values level=" + shorten(v),
                    base + "population/values?" + q("level", v))));
        }
        BAD_NUMBERS.forEach(v -> out.add(Case.get("search limit=" + shorten(v), "/api/search?q=venlo&" + q("limit", v))));
        out.add(Case.get("search without q", "/api/search"));
        BAD_CODES.forEach(v -> out.add(Case.get("benchmarks " + shorten(v), "/api/benchmarks/" + seg(v))));
        BAD_CODES.forEach(v -> out.add(Case.get("exports collection " + shorten(v), "/api/exports/" + seg(v) + ".csv")));
        for (String fmt : List.of("exe", "csv%00", "sqlite", "geojson.php", "CSV%20", "json")) {
            out.add(Case.get("exports format " + fmt, "/api/exports/gemeenten." + fmt));
        }
        for (String p : List.of("gemeente", "indicators")) {
            BAD_CODES.forEach(v -> out.add(Case.get("exports " + p + "=" + shorten(v), "/api/exports/gemeenten.csv?" + q(p, v))));
        }
        BAD_BBOXES.forEach(v -> out.add(Case.get("exports bbox=" + shorten(v), "/api/exports/buurten.geojson?" + q("bbox", v))));
        BAD_CODES.forEach(v -> out.add(Case.get("frameworks " + shorten(v), "/api/frameworks/" + seg(v))));
        BAD_CODES.forEach(v -> out.add(Case.get("frameworks unknown version=" + shorten(v),
                "/api/frameworks/hostile?" + q("version", v))));
        for (String p : List.of("k", "permutations", "seed")) {
            BAD_NUMBERS.stream().filter(v -> !(p.equals("seed") && v.equals("-1")))
                    .forEach(v -> out.add(Case.get("priority-areas " + p + "=" + shorten(v),
                            "/api/selections/GM0363/priority-areas?" + q(p, v))));
        }
        out.add(Case.get("priority-areas k=0", "/api/selections/GM0363/priority-areas?k=0"));
        out.add(Case.get("priority-areas permutations=2000000000", "/api/selections/GM0363/priority-areas?permutations=2000000000"));
        BAD_CODES.forEach(v -> out.add(Case.get("priority-areas code " + shorten(v),
                "/api/selections/" + seg(v) + "/priority-areas")));
        BAD_CODES.forEach(v -> out.add(Case.get("uncertainty job " + shorten(v), "/api/selections/uncertainty/" + seg(v))));
        BAD_CODES.forEach(v -> out.add(Case.get("scenario " + shorten(v), "/api/scenarios/" + seg(v))));
        BAD_CODES.forEach(v -> out.add(Case.get("scenario compare " + shorten(v),
                "/api/scenarios/uitbreiding-2023/compare/" + seg(v))));
        BAD_NUMBERS.forEach(v -> out.add(Case.get("import run " + shorten(v), "/api/imports/" + seg(v))));
        BAD_CODES.forEach(v -> out.add(Case.get("monitor " + shorten(v), "/api/monitor/" + seg(v))));
        BAD_CODES.forEach(v -> out.add(Case.get("monitor indicator=" + shorten(v), "/api/monitor/GM0363?" + q("indicator", v))));
        BAD_NUMBERS.forEach(v -> out.add(Case.get("monitor startYear=" + shorten(v), "/api/monitor/GM0363?" + q("startYear", v))));
        return out;
    }

    // ---- hand-written: malformed JSON on every JSON endpoint ---------------------------------------

    private static final List<String> JSON_ENDPOINTS = List.of("/api/scores", "/api/frameworks", "/api/selections",
            "/api/selections/uncertainty", "/api/scenarios");

    private static List<Case> malformedJson() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty body", "");
        bodies.put("open brace", "{");
        bodies.put("truncated object", "{\"level\":\"gemeente\"");
        bodies.put("missing value", "{\"level\":}");
        bodies.put("single quotes", "{'level':'gemeente'}");
        bodies.put("trailing garbage", "{\"level\":\"gemeente\"} garbage");
        bodies.put("array instead of object", "[]");
        bodies.put("string instead of object", "\"gemeente\"");
        bodies.put("NaN token", "{\"level\":\"gemeente\",\"limit\":NaN,\"add\":NaN}");
        bodies.put("Infinity token", "{\"level\":\"gemeente\",\"limit\":Infinity,\"add\":Infinity}");
        bodies.put("deep nesting", "[".repeat(100_000) + "]".repeat(100_000));
        bodies.put("invalid UTF-8", "{\"level\":\"\u00ff\u00fe\"}");
        bodies.put("unknown field", "{\"level\":\"gemeente\",\"bogus\":1}");
        List<Case> out = new ArrayList<>();
        for (String path : JSON_ENDPOINTS) {
            bodies.forEach((name, body) -> {
                byte[] bytes = name.equals("invalid UTF-8") ? new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3,
                        (byte) 0x28, (byte) 0xFF, '"', '}'} : body.getBytes(StandardCharsets.UTF_8);
                out.add(Case.post(path + " " + name, path, "application/json", bytes));
            });
            out.add(Case.post(path + " XML body", path, "application/xml", "<level>gemeente</level>".getBytes()));
            out.add(Case.post(path + " text/plain body", path, "text/plain", "{\"level\":\"gemeente\"}".getBytes()));
            out.add(Case.post(path + " gzip body without decoding", path, "application/json",
                    gzip("{\"level\":\"gemeente\",\"add\":8}".getBytes())).with("Content-Encoding", "gzip"));
        }
        return out;
    }

    // ---- hand-written: wrong types, out-of-range numbers, long strings, injection in fields -------------

    private static List<Case> wrongFields() {
        List<Case> out = new ArrayList<>();
        String sel = "/api/selections";
        for (String add : List.of("\"eight\"", "-1", "0", "1e10", "2147483648", "99999999999999999999999", "1.5",
                "true", "[]", "{}")) {
            out.add(Case.json("selections add=" + add, sel, "{\"level\":\"gemeente\",\"add\":" + add + "}"));
        }
        for (String level : List.of("123", "\"provincie\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"",
                "\"" + LONG + "\"", "[\"gemeente\"]")) {
            out.add(Case.json("selections level=" + shorten(level), sel, "{\"level\":" + level + ",\"add\":8}"));
        }
        for (String locked : List.of("\"GM0363\"", "[\"' OR 1=1 --\"]", "[123]", "[\"" + LONG + "\"]",
                "[\"GM0363'; DROP TABLE scenario; --\"]")) {
            out.add(Case.json("selections lockedIn=" + shorten(locked), sel, "{\"level\":\"gemeente\",\"add\":8,\"lockedIn\":"
                    + locked + "}"));
        }
        out.add(Case.json("selections unknown top-level field mustInclude", sel,
                "{\"level\":\"gemeente\",\"add\":8,\"mustInclude\":[\"GM0599\"]}"));
        out.add(Case.json("selections misspelt constraint mustInclde", sel,
                "{\"level\":\"gemeente\",\"add\":8,\"constraints\":{\"mustInclde\":[\"GM0599\"]}}"));
        out.add(Case.json("scores misspelt option normalization", "/api/scores",
                "{\"level\":\"gemeente\",\"options\":{\"normalization\":\"RANK\"}}"));
        out.add(Case.json("selections objective bogus", sel, "{\"level\":\"gemeente\",\"add\":8,\"objective\":\"EVIL\"}"));
        for (String asOf : List.of("not-a-date", "9999-12-31", "2023-02-30", "' OR 1=1 --", "2023-03-01T00:00:00Z")) {
            out.add(Case.json("selections asOf=" + asOf, sel, "{\"level\":\"gemeente\",\"add\":8,\"asOf\":\"" + asOf + "\"}"));
        }
        for (String c : List.of("\"x\"", "{\"budgetEur\":-1}", "{\"budgetEur\":\"lots\"}", "{\"budgetEur\":1e400}",
                "{\"mustInclude\":[\"<script>\"]}", "{\"exclude\":\"GM0363\"}", "{\"minPopulation\":-5}",
                "{\"minTopDecileBuurten\":-1}", "{\"mustInclude\":[\"GM0599\"],\"exclude\":[\"GM0599\"],\"bogus\":true}")) {
            out.add(Case.json("selections constraints=" + c, sel, "{\"level\":\"gemeente\",\"add\":8,\"constraints\":" + c + "}"));
        }
        out.add(Case.json("selections framework=\"x\"", sel, "{\"level\":\"gemeente\",\"add\":8,\"framework\":\"x\"}"));
        out.add(Case.json("selections framework with negative weight", sel, "{\"level\":\"gemeente\",\"add\":8,\"framework\":"
                + "{\"id\":\"f\",\"version\":\"1\",\"domains\":[{\"id\":\"d\",\"weight\":-1,\"indicators\":[]}]}}"));
        String unc = "/api/selections/uncertainty";
        for (String f : List.of("\"draws\":-1", "\"draws\":0", "\"draws\":1000000000", "\"draws\":2147483648",
                "\"draws\":\"many\"", "\"seed\":\"x\"", "\"seed\":1e30", "\"concentration\":-1", "\"concentration\":0",
                "\"concentration\":1e400", "\"normalisations\":[\"BOGUS\"]", "\"aggregations\":[\"x\"]",
                "\"normalisations\":[null]", "\"aggregations\":[null]", "\"lockedIn\":[null]",
                "\"constraints\":{\"mustInclude\":[null]}", "\"constraints\":{\"exclude\":[null]}",
                "\"framework\":{\"id\":\"f\",\"version\":\"1\",\"domains\":[null]}")) {
            out.add(Case.json("uncertainty " + f, unc, "{\"level\":\"gemeente\",\"add\":8,\"draws\":10," + f + "}"));
        }
        out.add(Case.json("uncertainty async with draws=-1", unc + "?async=true",
                "{\"level\":\"gemeente\",\"add\":8,\"draws\":-1}"));
        out.add(Case.json("uncertainty async=maybe", unc + "?async=maybe", "{\"level\":\"gemeente\",\"add\":8}"));
        String sc = "/api/scores";
        for (String f : List.of("\"level\":\"provincie\"", "\"level\":42", "\"limit\":-1", "\"limit\":0", "\"limit\":\"x\"",
                "\"limit\":1e10", "\"gemeente\":\"' OR 1=1 --\"", "\"gemeente\":\"" + LONG + "\"",
                "\"frameworkId\":\"../../etc/passwd\"", "\"frameworkId\":\"<script>\"", "\"framework\":{}",
                "\"framework\":{\"id\":\"x\",\"domains\":[]}", "\"gemeenteMethod\":\"X\"",
                "\"options\":{\"normalisation\":\"BOGUS\"}", "\"options\":{\"minCoverage\":-1}",
                "\"options\":{\"minCoverage\":2}", "\"options\":{\"winsorLowerPct\":-5}",
                "\"options\":{\"winsorUpperPct\":150}", "\"options\":{\"winsorLowerPct\":60,\"winsorUpperPct\":40}",
                "\"options\":{\"flagPercentile\":1000}", "\"options\":\"x\"")) {
            out.add(Case.json("scores " + shorten(f), sc, "{" + f + "}"));
        }
        String fw = "/api/frameworks";
        String domains = "\"domains\":[{\"id\":\"crime\",\"weight\":1,\"indicators\":[{\"indicatorId\":\"crimes_2023\","
                + "\"weight\":1,\"direction\":\"HIGHER_IS_RISKIER\"}]}]";
        for (String id : List.of("\"../../etc/passwd\"", "\"<script>alert(1)</script>\"", "\"x'; DROP TABLE framework; --\"",
                "\"" + "a".repeat(100) + "\"", "\"default\"", "\"\"", "null", "42")) {
            out.add(Case.json("frameworks id=" + shorten(id), fw, "{\"id\":" + id + ",\"version\":\"1.0.0\"," + domains + "}"));
        }
        for (String v : List.of("\"../1\"", "\"" + LONG + "\"", "\"1.0 OR 1=1\"", "\"\"")) {
            out.add(Case.json("frameworks version=" + shorten(v), fw, "{\"id\":\"hostile\",\"version\":" + v + "," + domains + "}"));
        }
        out.add(Case.json("frameworks no domains", fw, "{\"id\":\"hostile\",\"version\":\"1\",\"domains\":[]}"));
        out.add(Case.json("frameworks negative weight", fw, "{\"id\":\"hostile\",\"version\":\"1\",\"domains\":[{\"id\":\"c\","
                + "\"weight\":-1,\"indicators\":[{\"indicatorId\":\"crimes_2023\",\"weight\":1}]}]}"));
        out.add(Case.json("frameworks unknown indicator", fw, "{\"id\":\"hostile\",\"version\":\"1\",\"domains\":[{\"id\":\"c\","
                + "\"weight\":1,\"indicators\":[{\"indicatorId\":\"' OR 1=1 --\",\"weight\":1}]}]}"));
        String scen = "/api/scenarios";
        String ok = "{\"level\":\"gemeente\",\"add\":8}";
        out.add(Case.json("scenarios blank name", scen, "{\"name\":\" \",\"request\":" + ok + "}"));
        out.add(Case.json("scenarios name 10,000 chars", scen, "{\"name\":\"" + LONG + "\",\"request\":" + ok + "}"));
        out.add(Case.json("scenarios description 1,000,000 chars", scen, "{\"name\":\"n\",\"description\":\""
                + "d".repeat(1_000_000) + "\",\"request\":" + ok + "}"));
        out.add(Case.json("scenarios name of 25,000,000 chars", scen, "{\"name\":\"" + "n".repeat(25_000_000) + "\"}"));
        out.add(Case.json("scenarios name is an object", scen, "{\"name\":{},\"request\":" + ok + "}"));
        out.add(Case.json("scenarios request add=-1", scen, "{\"name\":\"<script>alert(1)</script>\",\"request\":"
                + "{\"level\":\"gemeente\",\"add\":-1}}"));
        out.add(Case.json("scenarios request is a string", scen, "{\"name\":\"n\",\"request\":\"select *\"}"));
        out.add(Case.json("scenarios asOf out of range", scen, "{\"name\":\"n\",\"request\":{\"level\":\"gemeente\","
                + "\"add\":8,\"asOf\":\"1999-01-01\"}}"));
        return out;
    }

    // ---- hand-written: imports (names, bombs, oversized, wrong types) --------------------------------

    private static final List<String> HOSTILE_FILE_NAMES = List.of("../../etc/passwd", "..\\..\\windows\\win.ini",
            "/etc/passwd", "table.csv\u0000.exe", "a".repeat(1000) + ".csv", "..", "dir/../../table.csv",
            "table\r\n.csv");

    private static List<Case> uploads() throws IOException {
        List<Case> out = new ArrayList<>();
        byte[] valid = resource("/imports/valid-gemeente-table.csv");
        String ind = "/api/imports/indicators";
        for (String name : HOSTILE_FILE_NAMES) {
            out.add(Case.post("indicators csv fileName=" + shorten(name), ind + "?" + q("fileName", name), "text/csv", valid));
            if (!name.contains("\r")) { // a CR LF in a part header is a different header, not a name
                out.add(multipart("indicators upload named " + shorten(name), ind, Map.of("file", Map.entry(name, valid))));
            }
        }
        byte[] zeros = new byte[64 * 1024 * 1024];
        byte[] bomb = gzip(zeros);
        out.add(Case.post("indicators csv gzip bomb as Content-Encoding: gzip", ind, "text/csv", bomb)
                .with("Content-Encoding", "gzip"));
        out.add(Case.post("indicators csv gzip bomb as octet-stream", ind + "?fileName=table.csv.gz",
                "application/octet-stream", bomb));
        out.add(multipart("indicators upload table.csv.gz bomb", ind, Map.of("file", Map.entry("table.csv.gz", bomb))));
        byte[] zipBomb = zip("table.csv", zeros);
        out.add(multipart("indicators upload table.zip bomb", ind, Map.of("file", Map.entry("table.zip", zipBomb))));
        out.add(multipart("indicators upload zip named .csv", ind, Map.of("file", Map.entry("table.csv", zipBomb))));
        byte[] oversized = new byte[1_500_000];
        java.util.Arrays.fill(oversized, (byte) 'x');
        out.add(multipart("indicators upload over the 1 MB limit", ind, Map.of("file", Map.entry("big.csv", oversized))));
        out.add(multipart("indicators upload without file part", ind, Map.of("other", Map.entry("t.csv", valid))));
        out.add(multipart("indicators metadata not JSON", ind, Map.of("file", Map.entry("t.csv", csvWithoutMetadata()),
                "metadata", Map.entry("m.json", "{not json".getBytes()))));
        out.add(multipart("indicators metadata an array", ind, Map.of("file", Map.entry("t.csv", csvWithoutMetadata()),
                "metadata", Map.entry("m.json", "[1,2]".getBytes()))));
        out.add(multipart("indicators metadata with injected id", ind, Map.of("file", Map.entry("t.csv", csvWithoutMetadata()),
                "metadata", Map.entry("m.json", "{\"id\":\"x'; DROP TABLE indicator; --\",\"level\":\"gemeente\"}".getBytes()))));
        out.add(Case.post("indicators as application/json", ind, "application/json", "{\"rows\":[]}".getBytes()));
        out.add(Case.post("indicators as image/png", ind, "image/png", valid));
        out.add(Case.post("indicators csv with SQL in area code", ind, "text/csv", (csvHeader("hostile_sql")
                + "GM0363'; DROP TABLE indicator_value; --,2023,1\n").getBytes()));
        out.add(Case.post("indicators csv with script in label", ind, "text/csv", (csvHeader("hostile_script")
                .replace("Hostile", "<script>alert(1)</script>") + "GM9999,2023,1\n").getBytes()));
        out.add(Case.post("indicators csv id with path traversal", ind, "text/csv", (csvHeader("../../etc/passwd")
                + "GM0363,2023,1\n").getBytes()));
        out.add(Case.post("indicators csv value 1e400", ind, "text/csv", (csvHeader("hostile_big") + "GM0363,2023,1e400\n")
                .getBytes()));
        out.add(Case.post("indicators csv line of 5,000,000 chars", ind, "text/csv", (csvHeader("hostile_long")
                + "GM0363,2023," + "9".repeat(5_000_000) + "\n").getBytes()));
        String bnd = "/api/imports/boundaries";
        for (String vintage : List.of("abc", "-1", "99999999999", "2024", "1e3", "' OR 1=1 --")) {
            out.add(multipart("boundaries vintage=" + shorten(vintage), bnd + "?" + q("vintage", vintage),
                    Map.of("file", Map.entry("b.gpkg", "not a geopackage".getBytes()))));
        }
        out.add(multipart("boundaries zip bomb as .gpkg", bnd + "?vintage=2023", Map.of("file", Map.entry("b.gpkg", zipBomb))));
        out.add(multipart("boundaries gzip bomb as .gpkg.gz", bnd + "?vintage=2023",
                Map.of("file", Map.entry("b.gpkg.gz", bomb))));
        out.add(multipart("boundaries named ../../etc/passwd", bnd + "?vintage=2023",
                Map.of("file", Map.entry("../../etc/passwd", "SQLite format 3\u0000".getBytes()))));
        out.add(multipart("boundaries over the 1 MB limit", bnd + "?vintage=2023", Map.of("file", Map.entry("big.gpkg", oversized))));
        out.add(Case.post("boundaries as text/csv", bnd + "?vintage=2023", "text/csv", valid));
        out.add(multipart("boundaries without vintage", bnd, Map.of("file", Map.entry("b.gpkg", "x".getBytes()))));
        return out;
    }

    private static String csvHeader(String id) {
        return "# id: " + id + "\n# label_nl: Hostile\n# label_en: Hostile\n# unit: count\n"
                + "# direction: higher_is_riskier\n# source: test\n# level: gemeente\narea_code,period,value\n";
    }

    private static byte[] csvWithoutMetadata() {
        return "area_code,period,value\nGM0363,2023,1\n".getBytes(StandardCharsets.UTF_8);
    }

    private static Case multipart(String name, String path, Map<String, Map.Entry<String, byte[]>> parts) {
        String boundary = "----pmgbad" + Math.abs(name.hashCode());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var p : new java.util.TreeMap<>(parts).entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.getKey()
                    + "\"; filename=\"" + p.getValue().getKey().replace("\"", "%22") + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.getValue().getValue());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Case.post(name, path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = BadInputIT.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entry, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(data);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static String q(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment: percent-encoded, so that '/' and '\' arrive as data rather than as structure. */
    private static String seg(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "…";
    }
}
