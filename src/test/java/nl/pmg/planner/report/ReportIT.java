package nl.pmg.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The methodology report of the built-in 2023 replay: every JRC step, what reruns it, the same numbers on a
 * rerun, and a PDF whose map page poppler reads and draws (Debian poppler-utils: pdftotext, pdftoppm).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportIT {

    static final String REPLAY = "uitbreiding-2023";

    @LocalServerPort
    int port;

    @Autowired
    ReportAssembler assembler;

    @Autowired
    Reports reports;

    private Http analyst() {
        return new Http(port, "analyst", "demo-analyst");
    }

    @Test
    void theReportFollowsTheJrcStepsAndNamesWhatRerunsIt() {
        Http.Response r = analyst().get("/api/reports/scenarios/" + REPLAY + "?draws=300&lang=nl");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        String html = r.body();
        for (int step = 1; step <= 10; step++) {
            assertThat(html).contains("<h2>" + step + ". ");
        }
        assertThat(html).contains("Theoretisch kader", "Gegevens en peildatum", "Ontbrekende waarden", "winsorisering",
                "Normalisatie", "Weging", "Aggregatie", "Onzekerheid en gevoeligheid", "werkelijke besluiten", "Visualisatie");
        assertThat(html).containsPattern("<td>[0-9a-f]{64}</td>"); // data checksum
        assertThat(html).contains("asof-2023", "<td>20240101</td>", "<td>300</td>");
        assertThat(html).contains("Kaart: geselecteerde gemeenten", "<svg");
        assertThat(html).doesNotContain("Theoretical framework");
        String en = analyst().get("/api/reports/scenarios/" + REPLAY + "?draws=300&lang=en").body();
        assertThat(en).contains("1. Theoretical framework", "Map: selected municipalities").doesNotContain("Theoretisch kader");
    }

    @Test
    void rerunningTheSameInputsGivesTheSameNumbers() {
        String first = strip(reports.html(assembler.assemble(REPLAY, 11, 300), "nl"));
        String again = strip(reports.html(assembler.assemble(REPLAY, 11, 300), "nl"));
        assertThat(again).isEqualTo(first);
        String otherSeed = strip(reports.html(assembler.assemble(REPLAY, 12, 300), "nl"));
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void thePdfOpensAndHasTheMapPage() throws Exception {
        Http.Binary r = analyst().getBinary("/api/reports/scenarios/" + REPLAY + ".pdf?draws=300&lang=nl");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        Path dir = Files.createDirectories(Path.of("target", "screenshots", "report").toAbsolutePath());
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, r.bytes());
        String text = run(dir, "pdftotext", "-layout", pdf.toString(), "-");
        assertThat(text).contains("Methodologische verantwoording", "1. Theoretisch kader", "10. Visualisatie",
                "Kaart: geselecteerde gemeenten");
        int pages = Integer.parseInt(run(dir, "pdfinfo", pdf.toString()).lines().filter(l -> l.startsWith("Pages:"))
                .findFirst().orElseThrow().replaceAll("\\D", ""));
        int mapPage = 0;
        for (int p = 1; p <= pages && mapPage == 0; p++) {
            if (run(dir, "pdftotext", "-f", "" + p, "-l", "" + p, pdf.toString(), "-").contains("Kaart: geselecteerde gemeenten")) {
                mapPage = p;
            }
        }
        assertThat(mapPage).as("a page with the map title").isPositive();
        run(dir, "pdftoppm", "-f", "" + mapPage, "-l", "" + mapPage, "-r", "50", "-png", pdf.toString(),
                dir.resolve("map").toString());
        Path png;
        try (var files = Files.list(dir)) {
            png = files.filter(f -> f.getFileName().toString().startsWith("map") && f.toString().endsWith(".png"))
                    .findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int rr = (rgb >> 16) & 0xff;
                int gg = (rgb >> 8) & 0xff;
                int bb = rgb & 0xff;
                red += rr > 150 && gg < 120 && bb < 120 ? 1 : 0; // the darker classes of the choropleth
            }
        }
        assertThat(red).as("pixels of the map's red classes on page " + mapPage).isGreaterThan(500);
    }

    @Test
    void unknownScenariosAndLanguagesAreProblems() {
        Http.Response missing = analyst().get("/api/reports/scenarios/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("unknown-scenario");
        assertThat(analyst().get("/api/reports/scenarios/" + REPLAY + "?lang=fr").json().get("parameter").asString())
                .isEqualTo("lang");
        assertThat(analyst().get("/api/reports/scenarios/" + REPLAY + "?draws=5").json().get("parameter").asString())
                .isEqualTo("draws");
        assertThat(Http.anonymous(port).get("/api/reports/scenarios/" + REPLAY).status()).isEqualTo(401);
    }

    /** The report without the line that says when it was made. */
    static String strip(String html) {
        return html.replaceAll("<p class=\"meta\" id=\"generated\">[^<]*</p>", "");
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
