package nl.pmg.planner.priority;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The priority-areas audit of issue #17, against a running service (started by {@code .ci/priority-audit},
 * not part of {@code verify}), so that the figures before and after a change come from the same code. For
 * the 32 municipalities of the review (the 27 of the programme plus Almelo, Zwolle, Haarlem, Leiden and
 * Zoetermeer) it asks {@code GET /api/selections/{code}/priority-areas?k=100} as the demo programme manager
 * and counts, among each municipality's top 5 wijken and top 5 buurten:
 * <ul>
 *   <li>areas with fewer than 500 residents (population from {@code /api/indicators/population/values});</li>
 *   <li>areas whose name matches a non-residential pattern ({@link #PATTERNS}, case-insensitive);</li>
 *   <li>areas with either, and how many #1 buurten have either;</li>
 *   <li>NPLV focus areas (from the given {@code nplv_focus_areas.csv}, its {@code wk_codes}) with at least one
 *       of their wijken among their municipality's top 5 wijken, and each focus area's best wijk rank; and those
 *       whose wijk in the top 5 is itself residential (at least 500 residents, no non-residential name), since a
 *       district mapping also holds office and port wijken (Amstel III/Bullewijk lies in Zuidoost).</li>
 * </ul>
 * The same focus-area mapping file is used for every run, so a before/after difference comes from the
 * ranking, not from the mapping.
 *
 * <p>Usage: {@code PriorityAudit http://127.0.0.1:PORT path/to/nplv_focus_areas.csv [extra query, e.g. lens=incidents]}
 */
public final class PriorityAudit {

    static final List<String> MUNICIPALITIES = List.of(
            "GM0363", "GM0599", "GM0518", "GM0344", "GM0995", "GM0479", "GM0606", "GM0356", "GM0014", "GM0772",
            "GM0202", "GM0855", "GM0758", "GM0080", "GM0917", "GM0503", "GM0505", "GM1674", "GM0622", "GM0034",
            "GM0153", "GM0796", "GM0268", "GM0794", "GM0983", "GM1883", "GM0935",
            "GM0141", "GM0193", "GM0392", "GM0546", "GM0637");

    static final int MIN_RESIDENTS = 500;
    static final int TOP = 5;

    /**
     * Dutch name patterns for areas that are not (mostly) residential: business and industry, port, station,
     * shopping, city centre, park and sport or recreation grounds. {@code park} only as the end of a word
     * ("Vondelpark", "Sportpark", "Bedrijvenpark"), so that "Parkwijk" does not count.
     */
    static final Map<String, Pattern> PATTERNS = patterns();

    private static Map<String, Pattern> patterns() {
        Map<String, Pattern> p = new LinkedHashMap<>();
        p.put("business", Pattern.compile("bedrijv|bedrijf|industrie|business|kantor|werklocatie|zakencentrum"));
        p.put("port", Pattern.compile("haven"));
        p.put("station", Pattern.compile("station"));
        p.put("shopping", Pattern.compile("winkel|boulevard|woonmall"));
        p.put("centre", Pattern.compile("centrum|binnenstad|city"));
        p.put("park", Pattern.compile("park\\b|sport|recreatie|jaarbeurs"));
        return p;
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("manager:demo-manager".getBytes(StandardCharsets.UTF_8));

    private PriorityAudit() {
    }

    record Focus(String gemeente, String name, List<String> wijken) {
    }

    /** One level's tally over all municipalities. */
    static final class Tally {
        int areas;
        int small;
        int named;
        int either;
        int firstEither;
        final Map<String, Integer> byPattern = new LinkedHashMap<>();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<Focus> focus = readFocus(Path.of(args[1]));
        String extra = args.length > 2 && !args[2].isBlank() ? "&" + args[2] : "";
        Map<String, Double> population = new LinkedHashMap<>();
        population.putAll(values(base, "wijk"));
        population.putAll(values(base, "buurt"));

        Tally wijken = new Tally();
        Tally buurten = new Tally();
        int focusInTop = 0;
        int focusResidentialInTop = 0;
        StringBuilder detail = new StringBuilder();
        List<String> focusLines = new ArrayList<>();
        for (String code : MUNICIPALITIES) {
            JsonNode r = get(base + "/api/selections/" + code + "/priority-areas?k=100" + extra);
            detail.append(String.format(Locale.ROOT, "%s %s%n", code, r.path("name").asString()));
            List<String> wijkRanking = codes(r.path("wijken").path("top"));
            List<String> residentialTop = new ArrayList<>();
            int position = 0;
            for (JsonNode a : r.path("wijken").path("top")) {
                Double residents = population.get(a.path("code").asString());
                if (position++ < TOP && residents != null && residents >= MIN_RESIDENTS
                        && matches(a.path("name").asString()).isEmpty()) {
                    residentialTop.add(a.path("code").asString());
                }
            }
            tally(r.path("wijken").path("top"), population, wijken, detail, "  wijk ");
            tally(r.path("buurten").path("top"), population, buurten, detail, "  buurt");
            for (Focus f : focus) {
                if (!f.gemeente().equals(code)) {
                    continue;
                }
                int best = 0;
                for (String wk : f.wijken()) {
                    int rank = wijkRanking.indexOf(wk) + 1;
                    if (rank > 0 && (best == 0 || rank < best)) {
                        best = rank;
                    }
                }
                boolean inTop = best > 0 && best <= TOP;
                focusInTop += inTop ? 1 : 0;
                boolean residentialInTop = f.wijken().stream().anyMatch(residentialTop::contains);
                focusResidentialInTop += residentialInTop ? 1 : 0;
                focusLines.add(String.format(Locale.ROOT, "  %-45s %s wijken %-2d best rank %s%s%s", f.name(), code,
                        f.wijken().size(), best == 0 ? "–" : Integer.toString(best), inTop ? "  (top 5)" : "",
                        inTop && !residentialInTop ? " not residential" : ""));
            }
        }
        System.out.println("priority-audit: " + base + (extra.isEmpty() ? "" : " with " + extra.substring(1)));
        System.out.println("non-residential name patterns (case-insensitive): " + PATTERNS);
        print("top-5 wijken ", wijken);
        print("top-5 buurten", buurten);
        long mapped = focus.stream().filter(f -> !f.wijken().isEmpty()).count();
        System.out.printf(Locale.ROOT, "NPLV focus areas with a wijk among their municipality's top-5 wijken: %d of %d (%d mapped to wijken)%n",
                focusInTop, focus.size(), mapped);
        System.out.printf(Locale.ROOT, "  ... with a residential wijk (>= %d residents, no non-residential name) among the top 5: %d of %d%n",
                MIN_RESIDENTS, focusResidentialInTop, focus.size());
        focusLines.forEach(System.out::println);
        System.out.println("--- detail: top 5 per municipality (residents; matched patterns)");
        System.out.print(detail);
    }

    private static void print(String label, Tally t) {
        System.out.printf(Locale.ROOT, "%s: %d areas; < %d residents %d (%.0f %%); non-residential name %d (%.0f %%); either %d (%.0f %%); #1 with either: %d of %d; by pattern %s%n",
                label, t.areas, MIN_RESIDENTS, t.small, pct(t.small, t.areas), t.named, pct(t.named, t.areas),
                t.either, pct(t.either, t.areas), t.firstEither, MUNICIPALITIES.size(), t.byPattern);
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static void tally(JsonNode top, Map<String, Double> population, Tally t, StringBuilder detail, String label) {
        int i = 0;
        for (JsonNode a : top) {
            if (i >= TOP) {
                break;
            }
            String code = a.path("code").asString();
            String name = a.path("name").asString();
            Double residents = population.get(code);
            boolean small = residents == null || residents < MIN_RESIDENTS;
            List<String> matched = matches(name);
            t.areas++;
            t.small += small ? 1 : 0;
            t.named += matched.isEmpty() ? 0 : 1;
            boolean either = small || !matched.isEmpty();
            t.either += either ? 1 : 0;
            if (i == 0 && label.contains("buurt") && either) {
                t.firstEither++;
            }
            matched.forEach(m -> t.byPattern.merge(m, 1, Integer::sum));
            detail.append(String.format(Locale.ROOT, "%s %d %-10s %-45s %8s %s%n", label, i + 1, code, name,
                    residents == null ? "?" : String.format(Locale.ROOT, "%.0f", residents), matched.isEmpty() ? "" : matched));
            i++;
        }
    }

    static List<String> matches(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        PATTERNS.forEach((k, p) -> {
            if (p.matcher(lower).find()) {
                out.add(k);
            }
        });
        return out;
    }

    private static List<String> codes(JsonNode top) {
        List<String> out = new ArrayList<>();
        top.forEach(a -> out.add(a.path("code").asString()));
        return out;
    }

    private static Map<String, Double> values(String base, String level) throws IOException, InterruptedException {
        JsonNode v = get(base + "/api/indicators/population/values?level=" + level).path("values");
        Map<String, Double> out = new LinkedHashMap<>();
        v.properties().forEach(e -> {
            JsonNode value = e.getValue().path("value");
            if (value.isNumber()) {
                out.put(e.getKey(), value.asDouble());
            }
        });
        return out;
    }

    private static List<Focus> readFocus(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int gm = header.indexOf("gm_code");
        int name = header.indexOf("focus_area");
        int wk = header.indexOf("wk_codes");
        List<Focus> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = splitCsv(line);
            String codes = cells.get(wk).trim();
            out.add(new Focus(cells.get(gm), cells.get(name),
                    codes.isEmpty() ? List.of() : List.of(codes.split("[ ;|]+"))));
        }
        return out;
    }

    /** Splits one CSV line with optional double quotes. */
    static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTHORIZATION)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
