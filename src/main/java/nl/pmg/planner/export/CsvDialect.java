package nl.pmg.planner.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The two CSV dialects of an export. {@code excel-nl} is what Dutch Excel opens as columns: semicolon
 * separator, decimal comma, UTF-8 with BOM, CRLF, and labelled headers with unit, source and year.
 * {@code plain} is for tools (R, pandas, QGIS): comma, decimal point, UTF-8 without BOM, column ids as
 * headers, described by a CSVW sidecar ({@code .csvw}) with the same labels, units and sources.
 */
enum CsvDialect {

    EXCEL_NL("excel-nl", ';', ',', true),
    PLAIN("plain", ',', '.', false);

    /** Decimals kept: two is finer than any published rate's precision warrants, and never 16 digits. */
    static final int DECIMALS = 2;

    final String id;
    final char separator;
    final char decimalMark;
    final boolean bom;

    CsvDialect(String id, char separator, char decimalMark, boolean bom) {
        this.id = id;
        this.separator = separator;
        this.decimalMark = decimalMark;
        this.bom = bom;
    }

    static Optional<CsvDialect> of(String id) {
        for (CsvDialect d : values()) {
            if (d.id.equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** One cell: numbers rounded to DECIMALS with this dialect's mark, text quoted when it holds a separator, quote or newline. */
    String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                return "";
            }
            String s = BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            return decimalMark == '.' ? s : s.replace('.', decimalMark);
        }
        String s = v.toString();
        boolean quote = s.indexOf(separator) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
