package nl.pmg.planner.report;

import static nl.pmg.planner.report.Html.el;

import java.util.List;
import nl.pmg.planner.uncertainty.SensitivityResult;

/**
 * Step 8, uncertainty and sensitivity: how often each municipality is selected when weights and methods vary,
 * its irreplaceability, the total Sobol index per input, and a tornado chart of each selected one's weight ranges.
 */
final class RobustnessHtml {

    /** Areas outside the selection are listed when selected in at least this share of the runs. */
    static final double SHOWN_FROM = 0.10;

    private final MethodologyReport r;
    private final ReportTexts x;
    private final Sections s;

    RobustnessHtml(MethodologyReport r, ReportTexts x, Sections s) {
        this.r = r;
        this.x = x;
        this.s = s;
    }

    String render() {
        SensitivityResult sr = r.sensitivity();
        StringBuilder sb = new StringBuilder(el("h2", x.t("s8.title")));
        sb.append(el("p", x.t("s8.text", "draws", sr.draws(), "samples", sr.baseSamples(), "lowFactor",
                x.number(1 - sr.weightSpread(), 2), "highFactor", x.number(1 + sr.weightSpread(), 2))));
        String solutions = sr.portfolio().complete() ? x.t("s8.complete") + " " + sr.portfolio().solutions()
                : x.t("s8.incomplete", "n", sr.portfolio().solutions());
        sb.append(el("p", x.t("s8.indices", "solutions", solutions, "gap", x.number(100 * sr.portfolio().gap(), 1))));
        sb.append("<table>").append(Html.row(true, x.t("col.gemeente"), x.t("col.inBase"), x.t("col.probability"),
                x.t("col.irreplaceability"), x.t("s8.main")));
        for (SensitivityResult.Area a : shown(sr)) {
            sb.append(Html.row(false, a.name(), x.t(a.inBase() ? "yes" : "no"), x.percent(a.probability()),
                    x.percent(a.irreplaceability()), mainInputs(sr, a)));
        }
        sb.append("</table>").append(el("p", "meta", x.t("caveat.montecarlo")));
        sb.append(el("p", x.t("s8.tornado")));
        for (MethodologyReport.Card c : r.selected()) {
            sb.append("<div class=\"tornado\">").append(el("p", c.name())).append(Tornado.svg(c.ranges(), s::domain,
                    c.name())).append("</div>");
        }
        return sb.toString();
    }

    /** The inputs with a total index of at least 0.10, largest first, e.g. "normalisatie 0,98 · aggregatie 0,24". */
    private String mainInputs(SensitivityResult sr, SensitivityResult.Area a) {
        if (a.indices().isEmpty()) {
            return "—";
        }
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < a.indices().size(); i++) {
            if (a.indices().get(i).total() >= 0.10) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.comparingDouble((Integer i) -> -a.indices().get(i).total()));
        return order.isEmpty() ? "—" : String.join(" · ", order.stream().map(i -> s.input(sr.inputs().get(i).id())
                + " " + x.number(a.indices().get(i).total(), 2)).toList());
    }

    private static List<SensitivityResult.Area> shown(SensitivityResult sr) {
        return sr.areas().stream().filter(a -> a.inBase() || a.probability() >= SHOWN_FROM).toList();
    }
}
