package nl.pmg.planner.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests generated from the live OpenAPI document (3.0 or 3.1): for every operation, every declared path
 * and query parameter gets wrong types, boundary numbers and long or odd Unicode strings; every request body
 * is built from its schema and then broken field by field (wrong types, boundary numbers, odd strings,
 * nulls, unknown fields, duplicate keys) and as a whole (truncated, deep, not JSON, wrong content types
 * including {@code *}{@code /*}). Undeclared parameters that handlers read by hand are tried too. Seeded,
 * so a run is repeatable.
 */
final class FuzzCases {

    /** One generated request; {@code body} null means none. */
    record Request(String method, String path, String contentType, byte[] body) {
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<String> STRINGS = List.of("", " ", "0", "-1", "2147483648", "9223372036854775808", "1e309",
            "NaN", "-Infinity", "1.5", "true", "null", "[]", "{}", "GM0363", "WK0363SE", "BU0363KA05", "\u202Eevil",
            "\u0000", "a\u0000b", "\uD800", "\uDFFF\uD800", "\uFEFF", "\u200B\u200D", "e\u0301\u0301\u0301",
            "\uD83D\uDE00\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "\u0130\u0131", "ﬁ", "𝕏".repeat(50), "'\" OR 1=1 --",
            "<script>alert(1)</script>", "../../etc/passwd", "%00", "%2e%2e%2f", "${jndi:ldap://127.0.0.1/a}",
            "%s%n%x", "\r\nX-Injected: 1", "A".repeat(300), "Ä".repeat(5_000), "9".repeat(400));
    static final List<Object> NUMBERS = List.of(0, -1, 1, 2147483647, 2147483648L, -2147483649L, Long.MAX_VALUE,
            new java.math.BigInteger("99999999999999999999999999"), 1.5, -0.0, 1e308, 4.9e-324);
    static final List<String> TYPES = List.of("*/*", "application/*", "text/plain", "application/xml",
            "application/json; charset=ebcdic", "application/x-www-form-urlencoded", "multipart/form-data",
            "application/json;;", "image/png");
    /** Parameters some handlers read from the parameter map rather than declare. */
    static final List<String> UNDECLARED = List.of("level", "limit", "offset", "bbox", "indicators", "gemeente", "zoom",
            "properties", "indicator", "q");
    /** Plausible values for path variables, by name, so that the handler behind the path is reached. */
    static final Map<String, String> PATH_DEFAULTS = Map.of("collectionId", "gemeenten", "collection", "gemeenten",
            "format", "csv", "code", "GM0363", "id", "population", "otherId", "uitbreiding-2023");

    private final JsonNode doc;
    private final SplittableRandom random = new SplittableRandom(20240401);

    FuzzCases(JsonNode doc) {
        this.doc = doc;
    }

    List<Request> all() {
        List<Request> out = new ArrayList<>();
        for (var path : doc.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    operation(method, path.getKey(), op.getValue(), out);
                }
            }
        }
        return out;
    }

    private void operation(String method, String template, JsonNode op, List<Request> out) {
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        Map<String, String> base = new LinkedHashMap<>();
        for (JsonNode p : params) {
            if (p.path("in").asString().equals("path")) {
                base.put(p.get("name").asString(), PATH_DEFAULTS.getOrDefault(p.get("name").asString(), "1"));
            }
        }
        JsonNode body = body(op);
        byte[] valid = body == null ? null : bytes(example(schema(body), 0));
        String type = body == null ? null : "application/json";
        for (JsonNode p : params) {
            String name = p.get("name").asString();
            boolean inPath = p.path("in").asString().equals("path");
            for (String v : values(p.path("schema"))) {
                Map<String, String> vars = new LinkedHashMap<>(base);
                String query = "";
                if (inPath) {
                    vars.put(name, v);
                } else {
                    query = "?" + name + "=" + encode(v);
                }
                out.add(new Request(method, fill(template, vars) + query, type, valid));
            }
        }
        if (method.equals("GET")) {
            for (String name : UNDECLARED) {
                for (int i = 0; i < 8; i++) {
                    out.add(new Request(method, fill(template, base) + "?" + name + "="
                            + encode(STRINGS.get(random.nextInt(STRINGS.size()))), null, null));
                }
            }
        }
        if (body != null) {
            bodies(method, fill(template, base), schema(body), out);
        }
    }

    private void bodies(String method, String path, JsonNode schema, List<Request> out) {
        JsonNode valid = example(schema, 0);
        for (String t : TYPES) {
            out.add(new Request(method, path, t, bytes(valid)));
        }
        out.add(new Request(method, path, null, bytes(valid)));
        for (String whole : List.of("", "null", "[]", "\"text\"", "{", "{\"a\":", "[".repeat(5_000), "{}",
                "{\"x\":1}", "\u0000", "not json at all")) {
            out.add(new Request(method, path, "application/json", whole.getBytes(StandardCharsets.UTF_8)));
        }
        if (!(valid instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext();) {
            String field = names.next();
            for (Object wrong : wrongValues()) {
                ObjectNode copy = object.deepCopy();
                copy.set(field, JSON.valueToTree(wrong));
                out.add(new Request(method, path, "application/json", bytes(copy)));
            }
            ObjectNode without = object.deepCopy();
            without.remove(field);
            out.add(new Request(method, path, "application/json", bytes(without)));
            String text = object.toString();
            String duplicated = "{\"" + field + "\":" + object.get(field) + "," + text.substring(1);
            out.add(new Request(method, path, "application/json", duplicated.getBytes(StandardCharsets.UTF_8)));
        }
        ObjectNode extra = object.deepCopy();
        extra.put("unknownField", "x");
        out.add(new Request(method, path, "application/json", bytes(extra)));
    }

    private List<Object> wrongValues() {
        List<Object> v = new ArrayList<>(NUMBERS);
        v.addAll(List.of(true, List.of(), Map.of(), List.of(1, "a", List.of()), Map.of("nested", Map.of("deep", 1))));
        for (int i = 0; i < 10; i++) {
            v.add(STRINGS.get(random.nextInt(STRINGS.size())));
        }
        v.add(null);
        return v;
    }

    /** Values for a parameter: the corpus, plus numbers for numeric schemas. */
    private List<String> values(JsonNode schema) {
        List<String> v = new ArrayList<>(STRINGS);
        if (type(schema).matches("integer|number")) {
            NUMBERS.forEach(n -> v.add(String.valueOf(n)));
        }
        return v;
    }

    /** A value that fits the schema, with domain defaults where a field name tells more than its type. */
    JsonNode example(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 6) {
            return JSON.nullNode();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        switch (type(s)) {
            case "object" -> {
                ObjectNode o = JSON.createObjectNode();
                for (var p : s.path("properties").properties()) {
                    JsonNode known = Seeds.value(p.getKey());
                    o.set(p.getKey(), known != null ? known : example(p.getValue(), depth + 1));
                }
                return o;
            }
            case "array" -> {
                return JSON.createArrayNode().add(example(s.path("items"), depth + 1));
            }
            case "integer" -> {
                return JSON.valueToTree(1);
            }
            case "number" -> {
                return JSON.valueToTree(1.0);
            }
            case "boolean" -> {
                return JSON.valueToTree(false);
            }
            default -> {
                return JSON.valueToTree("x");
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s != null; i++) {
            if (s.has("$ref")) {
                String name = s.get("$ref").asString().substring("#/components/schemas/".length());
                s = doc.path("components").path("schemas").path(name);
            } else if (s.has("allOf") || s.has("oneOf") || s.has("anyOf")) {
                s = s.has("allOf") ? s.get("allOf").get(0) : s.has("oneOf") ? s.get("oneOf").get(0) : s.get("anyOf").get(0);
            } else {
                return s;
            }
        }
        return JSON.createObjectNode();
    }

    /** The schema's type, for OpenAPI 3.0 ({@code type: x}) and 3.1 ({@code type: [x, "null"]}). */
    static String type(JsonNode schema) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asString().equals("null")) {
                    return x.asString();
                }
            }
        }
        if (t.isString()) {
            return t.asString();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static JsonNode body(JsonNode op) {
        JsonNode content = op.path("requestBody").path("content");
        return content.has("application/json") ? content.get("application/json") : null;
    }

    private static JsonNode schema(JsonNode mediaType) {
        return mediaType.path("schema");
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String fill(String template, Map<String, String> vars) {
        String p = template;
        for (var e : vars.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", encode(e.getValue()));
        }
        return p.replaceAll("\\{[^}]+}", "1");
    }

    static String encode(String v) {
        return java.net.URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
