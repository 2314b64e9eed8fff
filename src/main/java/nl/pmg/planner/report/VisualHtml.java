package nl.pmg.planner.report;

import static nl.pmg.planner.report.Html.el;
import static nl.pmg.planner.report.Html.esc;


/**
 * Step 10, visualisation: the map page with its legend, an explanation card per selected municipality, the
 * constraints, and the caveats and known data gaps.
 */
final class VisualHtml {

    private final MethodologyReport r;
    private final ReportTexts x;
    private final Sections s;
    private final String map;

    VisualHtml(MethodologyReport r, ReportTexts x, Sections s, String map) {
        this.r = r;
        this.x = x;
        this.s = s;
        this.map = map;
    }

    String render() {
        StringBuilder sb = new StringBuilder("<div class=\"mapPage\">").append(el("h2", x.t("s10.title")))
                .append(el("h3", x.t("map.title"))).append(map).append("<p class=\"legend\">")
                .append(esc(x.t("map.legend"))).append(": ");
        for (String colour : ReportMap.legendColours()) {
            sb.append(swatch(colour));
        }
        sb.append("<br/><span>").append(swatch(ReportMap.LOCKED)).append(esc(x.t("map.locked"))).append("</span><span>")
                .append("<span class=\"swatch\" style=\"border: 1.5pt solid #111111;\"></span>")
                .append(esc(x.t("map.selected"))).append("</span><span>").append(swatch("#b0b0b0"))
                .append(esc(x.t("map.noData"))).append("</span></p></div>");
        sb.append(el("h3", x.t("cards.title")));
        for (MethodologyReport.Card c : r.selected()) {
            sb.append(card(c));
        }
        sb.append(constraints()).append(caveats());
        return sb.toString();
    }

    private String card(MethodologyReport.Card c) {
        StringBuilder sb = new StringBuilder("<div class=\"card\">").append(el("h3", c.name() + " (" + c.code() + ")"));
        sb.append(el("p", x.t("card.line", "score", x.number(c.score(), 1), "rank", c.nationalRank(), "cost",
                x.number(c.replacementCost(), 2), "unit", "SCORE".equals(r.objective()) ? x.t("card.costUnit") : "")));
        if (c.pathway() != null) {
            sb.append(el("p", x.t("card.pathway." + c.pathway())));
        }
        sb.append(el("p", x.t("card.robust", "probability", x.percent(c.probability()), "irreplaceability",
                x.percent(c.irreplaceability()))));
        sb.append(el("p", "small", x.t("card.contributions"))).append(Bars.svg(c.domainContributions(), s::domain,
                c.score(), v -> x.number(v, 1)));
        if (!c.p90Flags().isEmpty()) {
            sb.append(el("p", "small", x.t("card.flags", "list", String.join(", ",
                    c.p90Flags().stream().map(s::indicator).toList()))));
        }
        return sb.append("</div>").toString();
    }

    private String constraints() {
        StringBuilder sb = new StringBuilder(el("h2", x.t("constraints.title")));
        sb.append(el("p", r.activeConstraints().isEmpty() ? x.t("constraints.none")
                : x.t("constraints.active", "list", String.join(", ", r.activeConstraints()))));
        if (r.constraintsJson() != null) {
            sb.append(el("p", "meta", r.constraintsJson()));
        }
        sb.append(el("p", x.t("constraints.locked", "n", r.lockedIn().size(), "list",
                String.join(", ", r.lockedIn().stream().map(MethodologyReport.Named::name).toList()))));
        return sb.toString();
    }

    private String caveats() {
        StringBuilder sb = new StringBuilder(el("h2", x.t("caveats.title"))).append("<ul>");
        for (String key : new String[] {"caveat.index", "caveat.crime", "caveat.youth", "caveat.socio", "caveat.cost"}) {
            sb.append(el("li", x.t(key)));
        }
        if (!r.indicatorsFromLaterYears().isEmpty()) {
            sb.append(el("li", x.t("s2.later", "list", String.join(", ", r.indicatorsFromLaterYears().stream()
                    .map(s::indicator).toList()))));
        }
        return sb.append("</ul>").toString();
    }

    private static String swatch(String colour) {
        return "<span class=\"swatch\" style=\"background: " + colour + ";\"></span>";
    }
}
