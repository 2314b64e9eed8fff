package nl.pmg.planner.imports;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads CBS OData v4 JSON as the portal serves it ({@code Observations}): {@code @odata.context} (which names the
 * table) and a {@code value} array of objects with {@code Measure}, {@code ValueAttribute}, {@code Value}, the
 * region ({@code RegioS} or {@code WijkenEnBuurten}), {@code Perioden} and other dimensions. Streamed object by
 * object, so memory does not grow with the table; a row is the object's position in {@code value} (1 = first).
 */
final class ODataJson {

    /** Receives the table id when known, then one call per observation of the chosen measure. */
    interface Sink {

        void table(String tableId);

        /** {@code status}: observed, suppressed or missing, from ValueAttribute. */
        void observation(long row, String region, String period, String value, String status);
    }

    // one observation at a time from the same parser: what follows an object is the next one, not trailing junk
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** ValueAttribute → status: CBS marks secret figures Confidential and absent ones Missing or Impossible. */
    private static final Map<String, String> ATTRIBUTES = Map.of("None", "observed", "Confidential", "suppressed",
            "Missing", "missing", "Impossible", "missing", "NotApplicable", "missing");
    private static final Set<String> REGION = Set.of("RegioS", "WijkenEnBuurten");

    private ODataJson() {
    }

    static long read(InputStream in, CbsOptions options, Problems problems, Sink sink) {
        long rows = 0;
        boolean sawValue = false;
        String[] measure = {options.measure()};
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(0, "-", "the JSON is not an object with a 'value' array");
                return 0;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("@odata.context") && t == JsonToken.VALUE_STRING) {
                    sink.table(StatLineCsv.tableId(p.getString()));
                } else if (name.equals("value") && t == JsonToken.START_ARRAY) {
                    sawValue = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        rows++;
                        observation(JSON.readTree(p), rows, measure, options, problems, sink);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            var at = e.getLocation();
            problems.add(0, "-", "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + " (after " + rows + " observations)");
            return rows;
        }
        if (!sawValue) {
            problems.add(0, "-", "the JSON has no 'value' array of observations");
        }
        return rows;
    }

    private static void observation(JsonNode o, long row, String[] measure, CbsOptions options, Problems problems,
            Sink sink) {
        if (!o.isObject()) {
            problems.add(row, "-", "an observation must be a JSON object");
            return;
        }
        String region = REGION.stream().filter(o::has).findFirst().map(k -> o.get(k).asString()).orElse(null);
        if (region == null) {
            problems.add(row, "RegioS", "the observation has no RegioS or WijkenEnBuurten");
            return;
        }
        if (!o.hasNonNull("Perioden") || !o.hasNonNull("Measure")) {
            problems.add(row, o.hasNonNull("Measure") ? "Perioden" : "Measure", "the observation has no "
                    + (o.hasNonNull("Measure") ? "Perioden" : "Measure"));
            return;
        }
        String m = o.get("Measure").asString().strip();
        if (measure[0] == null) {
            measure[0] = m; // a table of one measure needs no 'measure'
        } else if (!measure[0].equals(m)) {
            if (options.measure() == null) {
                problems.add(row, "Measure", "the table has more than one measure (" + measure[0] + ", " + m
                        + "); name the one to import in 'measure'");
            }
            return;
        }
        for (var w : options.where().entrySet()) {
            if (!o.has(w.getKey()) || !o.get(w.getKey()).asString().strip().equals(w.getValue())) {
                return;
            }
        }
        String attribute = o.hasNonNull("ValueAttribute") ? o.get("ValueAttribute").asString() : "None";
        String status = ATTRIBUTES.get(attribute);
        if (status == null) {
            problems.add(row, "ValueAttribute", "unknown ValueAttribute '" + attribute + "'; expected one of "
                    + new java.util.TreeSet<>(ATTRIBUTES.keySet()));
            return;
        }
        JsonNode v = o.get("Value");
        if (v != null && !v.isNull() && !v.isNumber()) {
            problems.add(row, "Value", "'" + v.asString() + "' is not a number");
            return;
        }
        boolean blank = v == null || v.isNull();
        sink.observation(row, region, o.get("Perioden").asString(), blank || !status.equals("observed") ? ""
                : v.asString(), blank && status.equals("observed") ? "missing" : status);
    }
}
