package nl.pmg.planner.report;

import static nl.pmg.planner.report.Html.el;
import static nl.pmg.planner.report.Html.esc;
import static nl.pmg.planner.report.Html.row;

import java.time.LocalDate;
import java.util.List;
import nl.pmg.planner.print.Pdf;
import nl.pmg.planner.scoring.Domain;

/**
 * A scenario's methodology report as one XHTML document (printable in a browser, and the input of the PDF):
 * header and reproduction box, then the OECD/JRC steps 1–7 here and 8–10 in their own classes.
 */
final class ReportHtml {

    static final String CSS = "@page { size: A4; margin: 18mm 16mm 18mm 16mm; }"
            + "body { font-family: '" + Pdf.FONT + "', sans-serif; font-size: 9.5pt; color: #1f2328; line-height: 1.35; }"
            + "h1 { font-size: 17pt; margin: 0 0 4pt 0; } h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; }"
            + "h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; } p { margin: 3pt 0; }"
            + "table { border-collapse: collapse; width: 100%; margin: 4pt 0; font-size: 8.5pt; }"
            + "th, td { border-bottom: 0.5pt solid #cccccc; padding: 2pt 3pt; text-align: left; vertical-align: top; }"
            + "th { background: #f0f0ee; } .meta { color: #555555; } .box { border: 0.75pt solid #999999; padding: 5pt; }"
            + ".mapPage { page-break-before: always; } .card { page-break-inside: avoid; border-top: 0.75pt solid #999999;"
            + " padding-top: 3pt; } .swatch { display: inline-block; width: 10pt; height: 8pt;"
            + " border: 0.5pt solid #888888; margin-right: 3pt; } .legend span { margin-right: 8pt; }"
            + " .tornado, .card { display: inline-block; width: 48%; vertical-align: top; margin: 2pt 1% 6pt 0; }"
            + " table.indicators { table-layout: fixed; } td.n, th.n { text-align: right; }"
            + " .small { font-size: 8pt; color: #444444; }"
            + "@media screen { body { max-width: 190mm; margin: 12mm auto; } }";

    private final MethodologyReport r;
    private final ReportTexts x;
    private final String map;

    /** @param map the national map as SVG (drawn by {@link ReportMap}) */
    ReportHtml(MethodologyReport r, ReportTexts texts, String map) {
        this.r = r;
        this.x = texts;
        this.map = map;
    }

    String render(LocalDate generated) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(x.lang()).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(x.t("title", "name", r.name()))).append("</title><style>").append(CSS).append("</style></head><body>");
        sb.append(el("h1", x.t("title", "name", r.name())));
        sb.append(el("p", "meta", r.builtIn() ? x.t("subtitle.builtIn", "id", r.scenarioId())
                : x.t("subtitle", "id", r.scenarioId(), "created", String.valueOf(r.createdAt()), "by",
                        String.valueOf(r.createdBy()))));
        // a saved scenario's description is its author's; a built-in one's is worded by the scenario feature
        if (!r.builtIn() && r.description() != null && !r.description().isBlank()) {
            sb.append(el("p", r.description()));
        }
        sb.append("<p class=\"meta\" id=\"generated\">").append(esc(x.t("generated", "date", generated))).append("</p>");
        sb.append(reproduce()).append(el("p", x.t("steps.intro")));
        sb.append(framework()).append(data()).append(missing()).append(outliers()).append(normalisation())
                .append(weighting()).append(aggregation());
        Sections s = new Sections(r, x);
        sb.append(new RobustnessHtml(r, x, s).render()).append(new DecisionsHtml(r, x, s).render())
                .append(new VisualHtml(r, x, s, map).render());
        return sb.append("</body></html>").toString();
    }

    private String reproduce() {
        MethodologyReport.Reproduce p = r.reproduce();
        return "<div class=\"box\">" + el("h3", x.t("reproduce.title")) + el("p", x.t("reproduce.text")) + "<table>"
                + row(false, x.t("reproduce.framework"), p.frameworkId() + " " + p.frameworkVersion())
                + row(false, x.t("reproduce.data"), p.dataVintage())
                + row(false, x.t("reproduce.checksum"), p.dataChecksum())
                + row(false, x.t("reproduce.seed"), p.seed())
                + row(false, x.t("reproduce.draws"), p.draws())
                + row(false, x.t("reproduce.request"), p.requestChecksum())
                + row(false, x.t("reproduce.calibration"), p.calibrationSeeds()) + "</table></div>";
    }

    private String framework() {
        return el("h2", x.t("s1.title")) + el("p", x.t("s1.text", "framework", r.framework().id(), "version",
                r.framework().version(), "domains", r.framework().domains().size()));
    }

    private String data() {
        StringBuilder sb = new StringBuilder(el("h2", x.t("s2.title")));
        String v = r.reproduce().dataVintage();
        sb.append(el("p", "latest".equals(v) ? x.t("s2.latest") : x.t("s2.asOf", "vintage", v)));
        if (!r.indicatorsFromLaterYears().isEmpty()) {
            sb.append(el("p", x.t("s2.later", "list", String.join(", ", labels(r.indicatorsFromLaterYears())))));
        }
        if (!r.indicatorsNotAvailable().isEmpty()) {
            sb.append(el("p", x.t("s2.notAvailable", "list", String.join(", ", labels(r.indicatorsNotAvailable())))));
        }
        sb.append(el("p", x.t("s2.counts", "scored", r.gemeentenScored(), "candidates", r.candidates(), "add", r.add())));
        sb.append("<table class=\"indicators\"><colgroup>");
        for (int w : new int[] {27, 19, 5, 9, 6, 8, 9, 8, 9}) {
            sb.append("<col style=\"width: ").append(w).append("%;\"/>");
        }
        sb.append("</colgroup>").append(Html.numbered(true, 2, x.t("col.indicator"), x.t("col.domain"),
                x.t("col.direction"), x.t("col.weight"), x.t("col.year"), x.t("col.coverage"), x.t("col.missing"),
                x.t("col.suppressed"), x.t("col.smoothed")));
        Sections s = new Sections(r, x);
        java.util.Set<String> sources = new java.util.LinkedHashSet<>();
        for (MethodologyReport.IndicatorLine i : r.indicators()) {
            sb.append(Html.numbered(false, 2, s.indicator(i.id()) + (i.fromLaterYear() ? " (" + x.t("laterYear") + ")" : ""),
                    s.domain(i.domain()), "HIGHER_IS_RISKIER".equals(i.direction()) ? "↑" : "↓",
                    i.used() ? x.percent(i.effectiveWeight()) : x.t("notUsed"), String.valueOf(i.year()), i.withValue(),
                    i.missing(), i.suppressed(), i.smoothed()));
            if (i.source() != null) {
                sources.add(i.source());
            }
        }
        sb.append("</table>").append(el("p", "meta", x.t("dir.legend")));
        sb.append(el("p", "meta", x.t("sources", "list", String.join("; ", sources))));
        return sb.toString();
    }

    private String missing() {
        return el("h2", x.t("s3.title")) + el("p", x.t("s3.text", "policy", x.t("policy." + r.options().missingPolicy()),
                "coverage", x.number(100 * r.options().minCoverage(), 0)));
    }

    private String outliers() {
        return el("h2", x.t("s4.title")) + el("p", x.t("s4.text", "low", x.number(r.options().winsorLowerPct(), 0),
                "high", x.number(r.options().winsorUpperPct(), 0)));
    }

    private String normalisation() {
        return el("h2", x.t("s5.title")) + el("p", x.t("s5.text", "normalisation", x.t("norm." + r.options().normalisation())));
    }

    private String weighting() {
        StringBuilder sb = new StringBuilder(el("h2", x.t("s6.title")));
        String id = r.framework().id();
        sb.append(el("p", "default".equals(id) ? x.t("s6.text") : id.startsWith("calibrated-")
                ? x.t("s6.calibrated", "name", x.lang().equals("nl") ? r.framework().nameNl() : r.framework().nameEn())
                : x.t("s6.custom", "name", id)));
        double total = r.framework().domains().stream().mapToDouble(Domain::weight).sum();
        sb.append("<table>").append(row(true, x.t("col.domain"), x.t("col.weight"), ""));
        Sections s = new Sections(r, x);
        for (Domain d : r.framework().domains()) {
            String reason = "default".equals(id) && x.has("domain." + d.id()) ? x.t("domain." + d.id())
                    : String.valueOf(d.rationale() == null ? "" : d.rationale());
            sb.append(row(false, s.domain(d.id()), x.percent(d.weight() / total), reason));
        }
        return sb.append("</table>").toString();
    }

    private String aggregation() {
        return el("h2", x.t("s7.title")) + el("p", x.t("s7.text", "aggregation", x.t("agg." + r.options().aggregation())));
    }

    private List<String> labels(List<String> ids) {
        Sections s = new Sections(r, x);
        return ids.stream().map(s::indicator).toList();
    }
}
