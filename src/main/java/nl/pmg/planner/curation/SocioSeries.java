package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The socio-economic indicators that exist in two vintages (KWB 2021 and KWB 2022): % households at or
 * below the social minimum, and % young people with youth care. A merged municipality is carried only
 * from counts: households at the social minimum (percentage × households) over households, for 2022.
 * The 2021 copy has no household counts and neither vintage has youth counts, so those cells are broken.
 */
final class SocioSeries {

    private final Map<String, Double> socialMin2021 = new HashMap<>();
    private final Map<String, Double> youthCare2021 = new HashMap<>();
    private final Map<String, Double> socialMin2022;
    private final Map<String, Double> youthCare2022;
    private final Map<String, Double> households2022;

    SocioSeries(Path source) {
        JsonNode all = JsonMapper.builder().build()
                .readTree(source.resolve("indicators/kwb2021_gemeente.json").toFile()).get("Gemeente");
        for (var e : all.properties()) {
            JsonNode inequality = e.getValue().get("Inequality");
            if (inequality != null) {
                put(socialMin2021, e.getKey(), inequality.get("At-or-below social minimum (%)"));
                put(youthCare2021, e.getKey(), inequality.get("Youth welfare (%)"));
            }
        }
        Path kwb2022 = source.resolve("indicators/kwb2022_gemeente.csv");
        socialMin2022 = MonitorSeriesBuilder.column(kwb2022, "gemeentecode", "pct_rond_sociaal_min");
        youthCare2022 = MonitorSeriesBuilder.column(kwb2022, "gemeentecode", "pct_jeugdzorg");
        households2022 = MonitorSeriesBuilder.column(kwb2022, "gemeentecode", "huishoudens");
    }

    private static void put(Map<String, Double> map, String code, JsonNode v) {
        if (v != null && v.isNumber()) {
            map.put(code, v.asDouble());
        }
    }

    List<SeriesPoint> points(String code) {
        return List.of(
                direct(code, "social_minimum_pct", 2021, socialMin2021, MunicipalMergers.FROM_2021,
                        "KWB 2021 copy has no household counts to re-aggregate the parts"),
                socialMinimum2022(code),
                direct(code, "youth_care_pct", 2021, youthCare2021, MunicipalMergers.FROM_2021,
                        "no youth counts to re-aggregate the parts"),
                direct(code, "youth_care_pct", 2022, youthCare2022, MunicipalMergers.FROM_2022,
                        "no youth counts to re-aggregate the parts"));
    }

    private static SeriesPoint direct(String code, String indicator, int year, Map<String, Double> values,
            Map<String, List<String>> mergers, String whyBroken) {
        if (mergers.containsKey(code)) {
            return SeriesPoint.broken(code, indicator, year, String.join("+", mergers.get(code)) + " merged; "
                    + whyBroken + "; not bridged");
        }
        Double v = values.get(code);
        return v == null ? SeriesPoint.broken(code, indicator, year, indicator + " " + year + " not in the source")
                : new SeriesPoint(code, indicator, year, null, null, v, "observed", "");
    }

    private SeriesPoint socialMinimum2022(String code) {
        if (!MunicipalMergers.FROM_2022.containsKey(code)) {
            return direct(code, "social_minimum_pct", 2022, socialMin2022, Map.of(), "");
        }
        Map<String, Double> counts = new HashMap<>();
        socialMin2022.forEach((c, pct) -> {
            Double hh = households2022.get(c);
            if (hh != null) {
                counts.put(c, pct * hh / 100);
            }
        });
        var num = DivisionMapping.count(code, counts, MunicipalMergers.FROM_2022, "households at social minimum");
        var den = DivisionMapping.count(code, households2022, MunicipalMergers.FROM_2022, "households 2022");
        if (num.value() == null || den.value() == null) {
            return SeriesPoint.broken(code, "social_minimum_pct", 2022, num.value() == null ? num.note() : den.note());
        }
        return new SeriesPoint(code, "social_minimum_pct", 2022, num.value(), den.value(),
                100 * num.value() / den.value(), "derived",
                num.note() + " (percentage x households, KWB 2022); households = " + String.join("+",
                        MunicipalMergers.FROM_2022.get(code)));
    }
}
