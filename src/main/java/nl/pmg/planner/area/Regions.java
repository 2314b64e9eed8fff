package nl.pmg.planner.area;

/** The regions a gemeente belongs to: province, veiligheidsregio, police unit (RE) and RIEC. */
public record Regions(String provinceCode, String provinceName, String vrCode, String vrName, String policeUnitCode,
        String policeUnitName, String riecName) {
}
