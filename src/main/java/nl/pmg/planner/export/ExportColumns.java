package nl.pmg.planner.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.shared.Texts;

/**
 * What each export column means, for people: a label in the UI language with its unit, and for indicators
 * the source and year. The Excel dialect puts these in its header row; the plain dialect in its CSVW sidecar.
 */
record ExportColumns(List<Column> columns) {

    /** id: the column id; label: words; unit, source, year: null where they do not apply. */
    record Column(String id, String label, String unit, String source, String year) {

        /** "Geregistreerde misdrijven per 1.000 inwoners (per 1.000 inwoners · Bron: Politie, via CBS · 2024)": no separator inside. */
        String header(String lang) {
            List<String> about = new ArrayList<>();
            if (unit != null && !unit.isBlank()) {
                about.add(unit);
            }
            if (source != null) {
                // a header cell holds no separator: the source's own ";" becomes ","
                about.add(Texts.textIn(lang, "export.source", "source", Texts.source(lang, source).replace(';', ',')));
            }
            if (year != null) {
                about.add(year);
            }
            return about.isEmpty() ? label : label + " (" + String.join(" · ", about) + ")";
        }
    }

    static ExportColumns of(List<String> ids, Map<String, Indicator> indicators, String lang) {
        List<Column> out = new ArrayList<>();
        for (String id : ids) {
            if (id.endsWith("_status") && indicators.containsKey(id.substring(0, id.length() - "_status".length()))) {
                Indicator ind = indicators.get(id.substring(0, id.length() - "_status".length()));
                out.add(new Column(id, Texts.textIn(lang, "export.status", "label", label(ind, lang)), null, null, null));
            } else if (indicators.containsKey(id)) {
                Indicator ind = indicators.get(id);
                out.add(new Column(id, label(ind, lang), "nl".equals(lang) && ind.unitNl() != null ? ind.unitNl() : ind.unit(),
                        ind.source(), ind.year()));
            } else {
                out.add(new Column(id, Texts.textIn(lang, "export.column." + id), null, null, null));
            }
        }
        return new ExportColumns(out);
    }

    private static String label(Indicator ind, String lang) {
        return "nl".equals(lang) || ind.labelEn() == null ? ind.labelNl() : ind.labelEn();
    }

    /** The CSVW (W3C CSV on the Web) description of the plain CSV at url. */
    Map<String, Object> csvw(String url, String lang) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "http://www.w3.org/ns/csvw");
        doc.put("url", url);
        doc.put("dc:license", "CC BY 4.0");
        doc.put("dc:source", Texts.textIn(lang, "export.attribution"));
        doc.put("dialect", Map.of("delimiter", ",", "header", true, "encoding", "utf-8"));
        doc.put("tableSchema", Map.of("columns", columns.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.id());
            m.put("titles", c.label());
            if (c.unit() != null) {
                m.put("dc:description", c.unit());
            }
            if (c.source() != null) {
                m.put("dc:source", c.source());
            }
            if (c.year() != null) {
                m.put("dc:temporal", c.year());
            }
            return m;
        }).toList()));
        return doc;
    }
}
