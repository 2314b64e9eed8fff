package nl.pmg.planner.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndicatorCsvImportTest {

    @Test
    void acceptsOnlyFiniteDecimalNumbersWithADot() {
        assertThat(IndicatorCsvImport.number("12.5")).isEqualTo(12.5);
        assertThat(IndicatorCsvImport.number("-3e2")).isEqualTo(-300.0);
        assertThat(IndicatorCsvImport.number(" 7 ")).isEqualTo(7.0);
        assertThat(IndicatorCsvImport.number("12,5")).isNull();
        assertThat(IndicatorCsvImport.number("NaN")).isNull();
        assertThat(IndicatorCsvImport.number("Infinity")).isNull();
        assertThat(IndicatorCsvImport.number("1e400")).isNull();
        assertThat(IndicatorCsvImport.number("0x10")).isNull();
        assertThat(IndicatorCsvImport.number("")).isNull();
    }

    @Test
    void readsUtf8LinesAndStopsAtTheFirstLineInAnotherEncoding() throws Exception {
        byte[] bytes = "één\r\ntwee\n".getBytes(StandardCharsets.UTF_8);
        try (Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(bytes))) {
            assertThat(lines.next()).isEqualTo("één");
            assertThat(lines.next()).isEqualTo("twee");
            assertThat(lines.next()).isNull();
        }
        byte[] latin1 = "ok\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        try (Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(latin1))) {
            assertThat(lines.next()).isEqualTo("ok");
            assertThatThrownBy(lines::next).isInstanceOf(CharacterCodingException.class);
        }
    }
}
