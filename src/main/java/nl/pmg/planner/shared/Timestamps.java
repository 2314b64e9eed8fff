package nl.pmg.planner.shared;

/** One timestamp format for both databases, whatever text the driver hands back. */
public final class Timestamps {

    private Timestamps() {
    }

    /** A stored timestamp as ISO 8601 in UTC ("2026-01-31T12:00:00.123Z"); null stays null. */
    public static String iso(String stored) {
        if (stored == null) {
            return null;
        }
        String t = stored.replace(' ', 'T');
        if (t.endsWith("+00")) {
            return t.substring(0, t.length() - 3) + "Z";
        }
        if (t.matches(".*[+-]\\d\\d$")) {
            return t + ":00";
        }
        return t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$") ? t : t + "Z";
    }
}
