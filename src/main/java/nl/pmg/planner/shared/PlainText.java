package nl.pmg.planner.shared;

/**
 * Free text from clients (names, descriptions, notes) as stored and shown: no control characters (line
 * breaks and tabs allowed where {@code multiline}), no bidirectional overrides or isolates that make text
 * display other than it reads (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), no byte-order marks,
 * noncharacters or unpaired surrogates.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Returns {@code text}, or throws {@link InvalidParameter} naming {@code parameter} and what is wrong. */
    public static String check(String parameter, String text, int maxLength, boolean multiline) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidParameter(parameter, parameter + " may have at most " + maxLength + " characters.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!allowed(c, multiline)) {
                throw new InvalidParameter(parameter, parameter + " contains a control or formatting character (U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1) + "); remove it.");
            }
        }
        return text;
    }

    static boolean allowed(char c, boolean multiline) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return multiline;
        }
        if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        return !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069') && c != '\u200E'
                && c != '\u200F' && c != '\u061C';
    }
}
