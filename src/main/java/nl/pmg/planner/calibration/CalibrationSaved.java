package nl.pmg.planner.calibration;

import nl.pmg.planner.shared.AuditedEvent;

/** A calibration and its calibrated framework were saved (published in the transaction that saved them). */
record CalibrationSaved(String actor, long calibrationId, String frameworkId, String frameworkVersion,
        String rounds, String granularity, boolean explained) implements AuditedEvent {

    @Override
    public String action() {
        return "calibration-saved";
    }

    @Override
    public String target() {
        return "calibration " + calibrationId;
    }

    @Override
    public String detail() {
        return "framework " + frameworkId + " version " + frameworkVersion + ", rounds " + rounds + ", " + granularity
                + (explained ? ", explained by the data" : ", not explained by the data");
    }
}
