package nl.pmg.planner.report;

import static nl.pmg.planner.report.Html.el;
import static nl.pmg.planner.report.Html.row;

import nl.pmg.planner.calibration.RoundExplanations;

/**
 * Step 9, links to the actual decisions: per round how the default and the calibrated weights replay it (and
 * the other rounds), whether the choice is explained by the data, and the calibrated domain weights beside
 * the default's; for a replay scenario, the municipalities actually added.
 */
final class DecisionsHtml {

    private final MethodologyReport r;
    private final ReportTexts x;
    private final Sections s;

    DecisionsHtml(MethodologyReport r, ReportTexts x, Sections s) {
        this.r = r;
        this.x = x;
        this.s = s;
    }

    String render() {
        StringBuilder sb = new StringBuilder(el("h2", x.t("s9.title"))).append(el("p", x.t("s9.text")));
        if (!r.actuallyChosen().isEmpty()) {
            sb.append(el("p", x.t("s9.replay", "list", String.join(", ",
                    r.actuallyChosen().stream().map(MethodologyReport.Named::name).toList()))));
        }
        for (RoundExplanations.Explanation e : r.rounds()) {
            if (!e.available()) {
                sb.append(el("p", x.t("s9.unavailable", "round", e.round())));
                continue;
            }
            RoundExplanations.Replay own = e.replays().get(0);
            sb.append(el("h3", x.t("s9.round", "round", e.round(), "chosen", own.chosen(), "candidates", own.candidates())));
            sb.append(el("p", x.t(e.explained() ? "s9.explained" : "s9.notExplained", "p", x.number(e.pValue(), 3))));
            sb.append("<table>").append(row(true, x.t("col.round"), "", x.t("col.standard"), x.t("col.calibrated"),
                    x.t("col.chance"), x.t("col.likelihood")));
            for (RoundExplanations.Replay p : e.replays()) {
                if (!p.available()) {
                    sb.append(row(false, p.round(), x.t("outOfSample"), "—", "—", "—", "—"));
                    continue;
                }
                sb.append(row(false, p.round(), x.t(p.inSample() ? "inSample" : "outOfSample"),
                        p.standardPicked() + " / " + p.chosen(), p.calibratedPicked() + " / " + p.chosen(),
                        x.number(p.chanceExpectation(), 1), p.log10LikelihoodRatio() == null ? "—"
                                : "10^" + x.number(p.log10LikelihoodRatio(), 1)));
            }
            sb.append("</table><table>").append(row(true, x.t("col.domain"), x.t("col.defaultShare"),
                    x.t("col.calibratedShare")));
            for (RoundExplanations.Share w : e.weights()) {
                sb.append(row(false, s.domain(w.domain()), x.percent(w.standard()), x.percent(w.calibrated()) + " ("
                        + x.percent(w.low()) + " – " + x.percent(w.high()) + ")"));
            }
            sb.append("</table>");
        }
        return sb.append(el("p", "meta", x.t("caveat.calibration"))).toString();
    }
}
