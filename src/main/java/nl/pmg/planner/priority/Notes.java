package nl.pmg.planner.priority;

import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.EligibilityProperties;

/** The plain-language notes of a priority-areas answer (English; the UI words them itself). */
final class Notes {

    static final String INCIDENTS = "incidents lens: registered crime where it happens, by count or per km2 of land; "
            + "not where the people involved live, so business parks, stations and centres may lead. No eligibility rule.";

    private Notes() {
    }

    static String eligibility(Level level, int notEligible, EligibilityProperties e) {
        return notEligible + " " + level.collection() + " with fewer than " + e.minResidents() + " residents or "
                + e.minHouseholds() + " households (or no figure) are not ranked in the residential lens";
    }

    static String buurt() {
        return "buurt boundaries are approximate; neighbours are areas within " + (int) Contiguity.DEFAULT_TOLERANCE_M
                + " m of each other; a buurt's young residents and the figures CBS publishes only for wijken come from "
                + "its wijk (flag FROM_PARENT)";
    }

    static String hotSpots(HotSpots.Found found) {
        return "hot spots: local Moran's I of the residential score among ranked areas; " + found.tooFewNeighbours()
                + " otherwise significant area(s) with fewer than " + HotSpots.MIN_NEIGHBOURS
                + " ranked neighbours cannot be hot spots; " + found.isolated() + " ranked area(s) without a ranked neighbour";
    }
}
