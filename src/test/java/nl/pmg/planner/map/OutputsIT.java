package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.pmg.planner.support.Http;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people hand on: the gebiedsprofiel in print media (map with height, legend) and as PDF, the Dutch
 * Excel CSV (semicolon, decimal comma, labelled header), and the PNG with its legend beside the map.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutputsIT {

    @LocalServerPort
    int port;

    @Test
    void printMediaOfTheGebiedsprofielHasTheMapAndTheLegend() throws IOException {
        try (Browser browser = Browser.start()) {
            browser.open(port, "/gemeente/GM0983");
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            @SuppressWarnings("unchecked")
            Map<String, Object> print = (Map<String, Object>) browser.driver.executeScript("""
                    const box = (sel) => document.querySelector(sel)?.getBoundingClientRect();
                    const shown = (sel) => { const e = document.querySelector(sel); return !!e && getComputedStyle(e).display !== 'none'
                        && e.getBoundingClientRect().height > 0; };
                    return { mapHeight: box('#map').height, mapWidth: box('#map').width,
                             paths: document.querySelectorAll('#map path.area').length,
                             legend: shown('#legend'), classes: document.querySelectorAll('#legend .legend-class').length,
                             controls: shown('.controls'), header: shown('.header-menu'), benchmark: shown('#benchmark') };""");
            assertThat(((Number) print.get("mapHeight")).doubleValue()).as("map height in print").isGreaterThan(300);
            assertThat(((Number) print.get("mapWidth")).doubleValue()).isGreaterThan(300);
            assertThat(((Number) print.get("paths")).intValue()).isGreaterThan(5);
            assertThat(print.get("legend")).isEqualTo(true);
            assertThat(((Number) print.get("classes")).intValue()).isGreaterThanOrEqualTo(3);
            assertThat(print.get("benchmark")).isEqualTo(true);
            assertThat(print.get("controls")).as("map controls are not printed").isEqualTo(false);
            assertThat(print.get("header")).isEqualTo(false);
            browser.screenshot("print-gebiedsprofiel.png");
        }
    }

    @Test
    void thePdfGebiedsprofielIsOnePageA4AndShowsWijkenOnlyWithDetailRights() throws IOException {
        byte[] anonymous = Http.anonymous(port).getBytes("/api/profiles/GM0983.pdf?lang=nl");
        byte[] manager = new Http(port).getBytes("/api/profiles/GM0983.pdf?lang=nl");
        try (PDDocument doc = Loader.loadPDF(anonymous)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Gebiedsprofiel Venlo", "Kerncijfers en vergelijking", "Geregistreerde misdrijven per 1.000",
                    "Ontwikkeling geregistreerde criminaliteit", "Bron: CBS").contains("alleen in het profiel")
                    .doesNotContain("Blerick");
        }
        try (PDDocument doc = Loader.loadPDF(manager)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Gebiedsprofiel Venlo", "Blerick");
        }
        byte[] english = Http.anonymous(port).getBytes("/api/profiles/GM0983.pdf?lang=en");
        try (PDDocument doc = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Area profile Venlo", "Key figures");
        }
    }

    @Test
    void theDutchCsvParsesWithSemicolonAndDecimalComma() throws Exception {
        Path downloads = Files.createTempDirectory("pmg-excel-");
        try (Browser browser = Browser.start()) {
            browser.loginAsManager(port);
            browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.open(port, "/gemeente/GM0983");
            assertThat(browser.driver.findElement(By.id("export-csv")).getText()).isEqualTo("CSV voor Excel (;)");
            browser.driver.findElement(By.id("export-csv")).click();
            Path csv = awaitFile(downloads, "-excel.csv");
            assertThat(csv.getFileName().toString()).matches("pmg-wijken-GM0983-crime_per_1000-\\d{4}-\\d{2}-\\d{2}-excel\\.csv");
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
            List<String> header = List.of(lines.get(0).split(";", -1));
            assertThat(header).startsWith("CBS-code", "Naam", "Niveau");
            assertThat(header).anyMatch(h -> h.startsWith("Geregistreerde misdrijven per 1.000 inwoners (per 1.000 inwoners · Bron: Politie")
                    && h.endsWith(" · 2024)"));
            assertThat(header).contains("Status: Geregistreerde misdrijven per 1.000 inwoners");
            int crime = indexOf(header, "Geregistreerde misdrijven per 1.000 inwoners (");
            String row = lines.stream().filter(l -> l.startsWith("WK098311;")).findFirst().orElseThrow();
            List<String> cells = List.of(row.split(";", -1));
            assertThat(cells).hasSameSizeAs(header);
            assertThat(cells.get(crime)).matches("\\d+(,\\d{1,2})?");
            double api = new Http(port).get("/api/layers/crime_per_1000/values?level=wijk").json()
                    .get("values").get("WK098311").get(0).asDouble();
            double parsed = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL")).parse(cells.get(crime)).doubleValue();
            assertThat(parsed).isCloseTo(api, org.assertj.core.data.Offset.offset(0.005));
            assertThat(cells.get(indexOf(header, "Status: "))).isIn("waargenomen", "afgeleid");
        }
    }

    @Test
    void thePngHasTheLegendBesideTheMapAndSaysWhatAndWhen() throws Exception {
        Path downloads = Files.createTempDirectory("pmg-png-");
        try (Browser browser = Browser.start()) {
            browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.open(port, "/gemeente/GM0983");
            long mapWidth = (Long) browser.driver.executeScript("return Math.round(document.getElementById('map').getBoundingClientRect().width)");
            browser.driver.findElement(By.id("export-png")).click();
            Path png = awaitFile(downloads, ".png");
            assertThat(png.getFileName().toString()).matches("pmg-crime_per_1000-gemeenten-Venlo-\\d{4}-\\d{2}-\\d{2}\\.png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
            assertThat(image.getWidth()).isEqualTo(mapWidth + 250);
            // the legend column holds the class swatches: a darkest-class pixel right of the map
            boolean swatch = false;
            for (int y = 0; y < image.getHeight() && !swatch; y++) {
                for (int x = (int) mapWidth + 14; x < mapWidth + 44; x++) {
                    swatch |= (image.getRGB(x, y) & 0xffffff) == 0xbd0026;
                }
            }
            assertThat(swatch).as("legend swatch of the darkest class").isTrue();
        }
    }

    private static int indexOf(List<String> header, String prefix) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no column " + prefix + " in " + header);
    }

    private static Path awaitFile(Path dir, String suffix) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (var files = Files.list(dir)) {
                var found = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    Thread.sleep(200);
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + suffix + " download in " + dir);
    }
}
