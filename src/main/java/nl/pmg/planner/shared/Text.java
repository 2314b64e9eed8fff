package nl.pmg.planner.shared;

/** Keeps client-supplied text short and printable before it is echoed in an error message. */
public final class Text {

    private static final int MAX = 80;

    private Text() {
    }

    public static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String printable = s.replaceAll("[^\\p{Print}]", "?");
        return printable.length() <= MAX ? printable : printable.substring(0, MAX) + "…";
    }
}
