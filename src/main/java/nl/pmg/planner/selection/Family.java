package nl.pmg.planner.selection;

/** The constraint families of the model; infeasibility and "why not chosen" are reported per family. */
enum Family {
    MUST_INCLUDE("mustInclude", "must-include list"),
    PROVINCE("perProvince", "per-province bounds"),
    POLICE_UNIT("perPoliceUnit", "per-police-unit (RE) bounds"),
    RIEC("perRiec", "per-RIEC bounds"),
    BUDGET("budgetEur", "budget"),
    SMALL_MUNICIPALITIES("smallMunicipalities", "minimum number of smaller municipalities"),
    PATHWAYS("pathways", "places reserved per pathway");

    private final String field;
    private final String label;

    Family(String field, String label) {
        this.field = field;
        this.label = label;
    }

    /** The request field that sets this family, as named in problem documents. */
    String field() {
        return field;
    }

    String label() {
        return label;
    }
}
