package nl.pmg.planner.calibration;

/**
 * A past decision of the programme: the municipalities already in it (locked), those chosen in the round,
 * and the date whose data the choice could have used.
 *
 * @param id            e.g. {@code 2023}
 * @param asOf          ISO date of the data as known at the decision (see selection's {@code asOf}); the
 *                      programme as it stood then is locked in
 * @param chosenTranche the tranche chosen in the round on data
 */
record Round(String id, String asOf, String chosenTranche, String labelNl, String labelEn) {
}
