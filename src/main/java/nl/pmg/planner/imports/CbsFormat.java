package nl.pmg.planner.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How an uploaded indicator table is laid out: the planner's own {@code area_code,period,value} CSV
 * ({@code NONE}), a StatLine CSV export ({@code ;}-separated, with a {@code RegioS} or
 * {@code WijkenEnBuurten} column and {@code Perioden}), or the CBS OData v4 JSON ({@code value} array).
 * Decided from the first 64 KB, which are then read again from the start.
 */
enum CbsFormat {
    NONE, STATLINE_CSV, ODATA_JSON;

    private static final int PEEK = 1 << 16;
    private static final Pattern STATLINE_HEADER = Pattern.compile(
            "(?i)^.*;.*\\b(RegioS|WijkenEnBuurten)\\b.*$|(?i)^.*\\b(RegioS|WijkenEnBuurten)\\b.*;.*$");

    static CbsFormat detect(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        String trimmed = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        if (trimmed.startsWith("{")) {
            return ODATA_JSON;
        }
        for (String line : trimmed.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.contains("area_code")) {
                return NONE;
            }
            if (STATLINE_HEADER.matcher(l).matches() && l.contains("Perioden")) {
                return STATLINE_CSV;
            }
        }
        return NONE;
    }
}
