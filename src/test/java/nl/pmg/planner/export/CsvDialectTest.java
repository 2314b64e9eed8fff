package nl.pmg.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.indicator.Indicator;
import org.junit.jupiter.api.Test;

class CsvDialectTest {

    @Test
    void excelNlHasADecimalCommaAndPlainADecimalPointBothRoundedToTwo() {
        // 48.7755 rounds half up to 48.78; 16-digit floats never reach the file
        assertThat(CsvDialect.EXCEL_NL.cell(48.7755)).isEqualTo("48,78");
        assertThat(CsvDialect.PLAIN.cell(48.7755)).isEqualTo("48.78");
        assertThat(CsvDialect.EXCEL_NL.cell(57.26318376250266)).isEqualTo("57,26");
        assertThat(CsvDialect.EXCEL_NL.cell(931298.0)).isEqualTo("931298");
        assertThat(CsvDialect.EXCEL_NL.cell(-1.4210854715202004E-14)).isEqualTo("0");
        assertThat(CsvDialect.EXCEL_NL.cell(Double.NaN)).isEmpty();
        assertThat(CsvDialect.EXCEL_NL.cell(null)).isEmpty();
    }

    @Test
    void textIsQuotedOnlyWhenItHoldsTheDialectsSeparatorAQuoteOrANewline() {
        assertThat(CsvDialect.EXCEL_NL.cell("Bergen (L.); Limburg")).isEqualTo("\"Bergen (L.); Limburg\"");
        assertThat(CsvDialect.PLAIN.cell("Bergen (L.); Limburg")).isEqualTo("Bergen (L.); Limburg");
        assertThat(CsvDialect.PLAIN.cell("'s-Gravenhage, \"Den Haag\"")).isEqualTo("\"'s-Gravenhage, \"\"Den Haag\"\"\"");
    }

    @Test
    void theExcelHeaderCarriesLabelUnitSourceAndYearAndTheValuesAreWorded() throws Exception {
        Indicator crime = new Indicator("crime_per_1000", "Geregistreerde misdrijven per 1.000 inwoners", "Registered crimes per 1,000",
                "", "per 1,000 inhabitants", "per 1.000 inwoners", "Politie, via CBS", "2024", List.of("wijk"), "higher_is_riskier", null);
        ExportColumns nl = ExportColumns.of(List.of("code", "crime_per_1000", "crime_per_1000_status", "approximate_boundary"),
                Map.of("crime_per_1000", crime), "nl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.LinkedHashMap<String, Object> attributes = new java.util.LinkedHashMap<>();
        attributes.put("code", "WK098311");
        attributes.put("crime_per_1000", 61.234);
        attributes.put("crime_per_1000_status", "observed");
        attributes.put("approximate_boundary", false);
        Writers.csv(List.of(new ExportRow(null, attributes)), nl, CsvDialect.EXCEL_NL, "nl", out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFCBS-code;Geregistreerde misdrijven per 1.000 inwoners (per 1.000 inwoners · Bron: Politie, via CBS · 2024);"
                + "Status: Geregistreerde misdrijven per 1.000 inwoners;Grens bij benadering\r\n"
                + "WK098311;61,23;waargenomen;nee\r\n");

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Writers.csv(List.of(new ExportRow(null, attributes)), nl, CsvDialect.PLAIN, "nl", plain);
        assertThat(plain.toString(StandardCharsets.UTF_8)).isEqualTo("code,crime_per_1000,crime_per_1000_status,approximate_boundary\r\n"
                + "WK098311,61.23,observed,false\r\n");
    }
}
