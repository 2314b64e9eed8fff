package nl.pmg.planner.monitor;

import java.util.List;
import java.util.Optional;

/** An indicator with more than one period, as the monitor shows it; {@code per} scales numerator/denominator. */
record MonitorIndicator(String id, String labelNl, String labelEn, String unit, int per, boolean allLevels) {

    static final List<MonitorIndicator> ALL = List.of(
            new MonitorIndicator("crime_total", "Geregistreerde misdrijven per 1.000 inwoners",
                    "Registered crimes per 1,000 inhabitants", "per 1,000 inhabitants", 1000, true),
            new MonitorIndicator("crime_violent", "Geweldsmisdrijven (bedreiging, mishandeling, straatroof) per 1.000",
                    "Violent crimes (threat, assault, street robbery) per 1,000", "per 1,000 inhabitants", 1000, false),
            new MonitorIndicator("crime_vandalism", "Vernieling per 1.000 inwoners", "Vandalism per 1,000 inhabitants",
                    "per 1,000 inhabitants", 1000, false),
            new MonitorIndicator("crime_drugs_alcohol", "Drugs- en drankoverlast per 1.000 inwoners",
                    "Drugs/alcohol nuisance per 1,000 inhabitants", "per 1,000 inhabitants", 1000, false),
            new MonitorIndicator("social_minimum_pct", "% huishoudens rond of onder sociaal minimum",
                    "% households at or below the social minimum", "% of households", 100, false),
            new MonitorIndicator("youth_care_pct", "% jongeren met jeugdzorg", "% young people with youth care",
                    "% of young people", 100, false));

    static Optional<MonitorIndicator> find(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
