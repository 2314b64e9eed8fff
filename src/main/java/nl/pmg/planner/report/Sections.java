package nl.pmg.planner.report;

import nl.pmg.planner.scoring.Domain;

/** Names in the report's language: domains from the framework, indicators from the catalogue of the data used. */
final class Sections {

    private final MethodologyReport r;
    private final ReportTexts x;

    Sections(MethodologyReport r, ReportTexts x) {
        this.r = r;
        this.x = x;
    }

    String domain(String id) {
        for (Domain d : r.framework().domains()) {
            if (d.id().equals(id)) {
                String label = "nl".equals(x.lang()) ? d.labelNl() : d.labelEn();
                return label == null ? id : label;
            }
        }
        return id;
    }

    String indicator(String id) {
        for (MethodologyReport.IndicatorLine i : r.indicators()) {
            if (i.id().equals(id)) {
                String label = "nl".equals(x.lang()) ? i.labelNl() : i.labelEn();
                return label == null ? id : label;
            }
        }
        return id;
    }

    /** The name of a sensitivity input: a domain's name for its weight, the method otherwise. */
    String input(String id) {
        return id.startsWith("weight:") ? domain(id.substring("weight:".length())) : x.t("input." + id);
    }
}
