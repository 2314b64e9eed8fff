package nl.pmg.planner.profile;

import static nl.pmg.planner.print.Pdf.escape;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pmg.planner.benchmark.Benchmarks;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.print.Pdf;
import nl.pmg.planner.print.SvgMap;
import nl.pmg.planner.shared.Texts;

/** The gebiedsprofiel as A4 XHTML for {@link Pdf}: one page, in the reader's language, Dutch number format in Dutch. */
final class ProfileHtml {

    /** The key figures, in this order, where the catalogue has them at gemeente level. */
    static final List<String> KEY_FIGURES = List.of("index", "crime_per_1000", "violent_crime_per_1000", "youth_care_pct",
            "social_minimum_pct", "bijstand_per_1000", "young_15_25_pct", "population");

    private final Profile p;
    private final Locale locale;
    private final Map<String, Indicator> catalogue;

    ProfileHtml(Profile p, List<Indicator> catalogue) {
        this.p = p;
        this.locale = "nl".equals(p.lang()) ? Locale.forLanguageTag("nl-NL") : Locale.UK;
        this.catalogue = catalogue.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    private String t(String key, Object... params) {
        return escape(Texts.textIn(p.lang(), key, params));
    }

    private String label(Indicator ind) {
        return escape("nl".equals(p.lang()) || ind.labelEn() == null ? ind.labelNl() : ind.labelEn());
    }

    private String unit(Indicator ind) {
        return escape("nl".equals(p.lang()) && ind.unitNl() != null ? ind.unitNl() : ind.unit());
    }

    String number(Double v, int decimals) {
        if (v == null || !Double.isFinite(v)) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(v);
    }

    private static int decimals(Double v) {
        double a = v == null ? 0 : Math.abs(v);
        return a >= 100 ? 0 : a >= 1 ? 1 : 2;
    }

    String render() {
        String name = escape(p.gemeente().name());
        String date = p.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + p.lang() + "\">"
                + "<head><meta charset=\"UTF-8\"/><title>" + t("profile.title", "name", p.gemeente().name()) + "</title>"
                + "<style>" + CSS + "</style></head><body>"
                + "<h1>" + t("profile.title", "name", p.gemeente().name()) + "</h1>"
                + "<p class=\"meta\">" + t("profile.meta", "province", p.benchmark().province(), "code", p.gemeente().code(), "date", date) + "</p>"
                + "<p class=\"status\">" + programme() + "</p>"
                + "<div class=\"row\"><div class=\"map\">" + SvgMap.svg(p.shapes(), p.extent(), 400, 285,
                        Texts.textIn(p.lang(), "profile.mapAlt", "name", p.gemeente().name())) + "</div>"
                + "<div class=\"legend\">" + legend() + "</div></div>"
                + "<h2>" + t("profile.keyFigures") + "</h2>" + keyFigures()
                + "<div class=\"row\"><div class=\"half\"><h2>" + t("profile.priority") + "</h2>" + priority() + "</div>"
                + "<div class=\"half\"><h2>" + t("profile.monitor") + "</h2>" + monitor() + "</div></div>"
                + "<p class=\"sources\">" + t("profile.sources", "date", date) + " " + sources() + "</p>"
                + "</body></html>";
    }

    private String programme() {
        if (p.member() == null) {
            return t("profile.notInProgramme", "name", p.gemeente().name());
        }
        return t("profile.member", "tranche", Texts.textIn(p.lang(), "tranche." + p.member().tranche()), "year", p.member().startYear());
    }

    private String legend() {
        Indicator ind = p.indicator();
        StringBuilder sb = new StringBuilder("<p class=\"legend-title\">" + label(ind) + "</p><p class=\"small\">"
                + unit(ind) + " · " + escape(ind.year()) + "</p>");
        sb.append("<p class=\"small\">").append(t(p.mapLevel().id().equals("wijk") ? "profile.legendWijk" : "profile.legendGemeente")).append("</p><table class=\"classes\">");
        int decimals = p.classes().bins().stream().mapToInt(b -> decimals(b.max())).max().orElse(0);
        for (Classes.Bin b : p.classes().bins()) {
            sb.append("<tr><td><div class=\"swatch\" style=\"background:").append(b.colour()).append("\"></div></td><td>")
                    .append(number(b.min(), decimals)).append(" – ").append(number(b.max(), decimals)).append("</td></tr>");
        }
        if (p.noData() > 0) {
            sb.append("<tr><td><div class=\"swatch\" style=\"background:").append(SvgMap.NO_DATA).append("\"></div></td><td>")
                    .append(t("profile.noData", "n", p.noData())).append("</td></tr>");
        }
        sb.append("<tr><td><div class=\"swatch outline\"></div></td><td>").append(escape(p.gemeente().name())).append("</td></tr></table>");
        if (p.priority() == null) {
            sb.append("<p class=\"small\">").append(t("profile.loginForWijken")).append("</p>");
        } else if (p.mapLevel().id().equals("wijk")) {
            sb.append("<p class=\"small\">").append(t("profile.approximateNote")).append("</p>");
        }
        return sb.toString();
    }

    private String keyFigures() {
        StringBuilder sb = new StringBuilder("<table class=\"figures\"><thead><tr><th>" + t("profile.indicator") + "</th><th>"
                + escape(p.gemeente().name()) + "</th><th>" + t("profile.national") + "</th><th>" + t("profile.province")
                + "</th><th>" + t("profile.similar") + "</th><th>" + t("profile.rank") + "</th></tr></thead><tbody>");
        Map<String, Benchmarks.Row> rows = p.benchmark().indicators().stream().collect(Collectors.toMap(Benchmarks.Row::indicator, r -> r));
        for (String id : KEY_FIGURES) {
            Benchmarks.Row r = rows.get(id);
            Indicator ind = catalogue.get(id);
            if (r == null || ind == null) {
                continue;
            }
            Function<String, String> median = g -> r.groups().stream().filter(x -> x.id().equals(g)).findFirst()
                    .map(x -> number(x.median(), decimals(x.median()))).orElse("—");
            String own = r.value() == null ? t("status." + r.status()) : number(r.value(), decimals(r.value()));
            sb.append("<tr><td>").append(label(ind)).append(" <span class=\"small\">(").append(unit(ind)).append(")</span></td><td class=\"n\">")
                    .append(own).append("</td><td class=\"n\">").append(median.apply("national")).append("</td><td class=\"n\">")
                    .append(median.apply("province")).append("</td><td class=\"n\">").append(median.apply("similarSize")).append("</td><td class=\"n\">")
                    .append(r.rank() == null ? "—" : r.rank() + "/" + r.ranked()).append("</td></tr>");
        }
        return sb.append("</tbody></table><p class=\"small\">").append(t("profile.benchmarkNote")).append("</p>").toString();
    }

    private String priority() {
        if (p.priority() == null) {
            return "<p>" + t("profile.priorityLogin") + "</p>";
        }
        if (p.priority().isEmpty()) {
            return "<p>" + t("profile.priorityNone") + "</p>";
        }
        return "<ol>" + p.priority().stream().map(r -> "<li>" + escape(r.name()) + " <span class=\"small\">("
                + t("profile.score", "score", number(r.score(), 1)) + ")</span></li>").collect(Collectors.joining())
                + "</ol><p class=\"small\">" + t("profile.priorityNote", "k", ProfileData.TOP) + "</p>";
    }

    private String monitor() {
        if (p.index() == null) {
            return "<p>" + t("profile.monitorNone") + "</p>";
        }
        return ProfileChart.svg(p.index(), this::number) + "<p class=\"small\">" + t("profile.monitorNote", "year", p.index().startYear()) + "</p>";
    }

    private String sources() {
        return t("profile.sourceLine", "source", Texts.source(p.lang(), p.indicator().source()));
    }

    static final String CSS = "@page { size: A4; margin: 14mm 14mm 12mm 14mm; } body { font-family: '" + Pdf.FONT + "'; font-size: 9pt; color: #1f2328; }"
            + " h1 { font-size: 17pt; margin: 0 0 2pt 0; } h2 { font-size: 10.5pt; margin: 6pt 0 2pt 0; } p { margin: 2pt 0; }"
            + " .meta { color: #57606a; } .status { margin-bottom: 5pt; } .small { font-size: 7.5pt; color: #57606a; }"
            + " .row { display: table; width: 100%; } .map, .legend, .half { display: table-cell; vertical-align: top; }"
            + " .map { width: 410px; } .legend { padding-left: 8pt; } .half { width: 50%; padding-right: 8pt; }"
            + " .legend-title { font-weight: bold; } table { border-collapse: collapse; } .classes td { padding: 1pt 3pt; }"
            + " .swatch { width: 22px; height: 11px; border: 0.5pt solid #8c959f; } .swatch.outline { border: 2pt solid #111111; }"
            + " .figures { width: 100%; font-size: 8pt; } .figures th, .figures td { border-bottom: 0.5pt solid #d0d7de; padding: 1.2pt 3pt; text-align: left; }"
            + " .figures th, .figures td.n { white-space: nowrap; }"
            + " .figures td.n { text-align: right; } ol { margin: 2pt 0 2pt 14pt; padding: 0; }"
            + " .sources { margin-top: 8pt; border-top: 0.5pt solid #d0d7de; padding-top: 3pt; font-size: 7.5pt; color: #57606a; }";
}
