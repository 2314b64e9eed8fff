package nl.pmg.planner.report;

import nl.pmg.planner.print.Pdf;

/** Small XHTML helpers: escaped text in elements, table rows. */
final class Html {

    private Html() {
    }

    static String esc(String text) {
        return Pdf.escape(text);
    }

    static String el(String tag, String text) {
        return "<" + tag + ">" + esc(text) + "</" + tag + ">";
    }

    static String el(String tag, String cls, String text) {
        return "<" + tag + " class=\"" + cls + "\">" + esc(text) + "</" + tag + ">";
    }

    /** A table row of escaped cells; {@code th} for a header row. */
    static String row(boolean header, Object... cells) {
        String tag = header ? "th" : "td";
        StringBuilder sb = new StringBuilder("<tr>");
        for (Object c : cells) {
            sb.append('<').append(tag).append('>').append(esc(String.valueOf(c))).append("</").append(tag).append('>');
        }
        return sb.append("</tr>").toString();
    }

    /** A table row of escaped cells, those from index {@code textColumns} on right-aligned (class {@code n}). */
    static String numbered(boolean header, int textColumns, Object... cells) {
        String tag = header ? "th" : "td";
        StringBuilder sb = new StringBuilder("<tr>");
        for (int i = 0; i < cells.length; i++) {
            sb.append('<').append(tag).append(i >= textColumns ? " class=\"n\">" : ">").append(esc(String.valueOf(cells[i])))
                    .append("</").append(tag).append('>');
        }
        return sb.append("</tr>").toString();
    }
}
