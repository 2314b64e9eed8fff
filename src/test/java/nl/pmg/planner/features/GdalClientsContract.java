package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real client, GDAL (the library QGIS reads OGC API – Features with), against the running service
 * on each engine: every collection read completely through the OAPIF driver (every id once), in
 * CRS84 and in RD New, and a vector tile opened by the MVT driver.
 */
abstract class GdalClientsContract {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private String landing() {
        return "http://localhost:" + port + "/api";
    }

    @ParameterizedTest
    @CsvSource({"gemeenten, 342", "wijken, 3393", "buurten, 14566"})
    void gdalReadsEveryCollectionCompletelyInCrs84(String collection, int count) {
        Path out = dir.resolve(collection + ".gpkg");
        Gdal.run("ogr2ogr", "-f", "GPKG", out.toString(), "OAPIF:" + landing(), collection);
        assertThat(Gdal.integers(Gdal.run("ogrinfo", "-ro", "-q", "-sql",
                "SELECT count(*) AS n, count(DISTINCT code) AS d FROM " + collection, out.toString())))
                .containsExactly((long) count, (long) count);
        double[] e = Gdal.extent(Gdal.run("ogrinfo", "-ro", "-so", out.toString(), collection));
        // the European Netherlands in longitude/latitude
        assertThat(e[0]).isBetween(3.2, 3.5);
        assertThat(e[3]).isBetween(53.4, 53.6);
    }

    @ParameterizedTest
    @CsvSource({"gemeenten, 342", "wijken, 3393", "buurten, 14566"})
    void gdalReadsEveryCollectionCompletelyInRdNew(String collection, int count) {
        Path out = dir.resolve(collection + "-rd.gpkg");
        int[] v = Gdal.version();
        if (v[0] > 3 || v[1] >= 7) { // the OAPIF driver asks for the CRS itself (OGC API – Features Part 2) from GDAL 3.7
            Gdal.run("ogr2ogr", "-f", "GPKG", out.toString(), "OAPIF:" + landing(), collection, "-oo", "CRS=EPSG:28992");
        } else { // GDAL 3.6: the GeoJSON driver reads the pages the service offers in RD New, crs named in the document
            String url = landing() + "/collections/" + collection + "/items?limit=10000&crs=http://www.opengis.net/def/crs/EPSG/0/28992";
            for (int offset = 0; offset < count; offset += 10_000) {
                Gdal.run("ogr2ogr", "-f", "GPKG", "-append", "-nln", collection, out.toString(), url + "&offset=" + offset);
            }
        }
        assertThat(Gdal.integers(Gdal.run("ogrinfo", "-ro", "-q", "-sql",
                "SELECT count(*) AS n, count(DISTINCT code) AS d FROM " + collection, out.toString())))
                .containsExactly((long) count, (long) count);
        String info = Gdal.run("ogrinfo", "-ro", "-so", out.toString(), collection);
        assertThat(info).contains("Amersfoort / RD New");
        double[] e = Gdal.extent(info);
        // RD New metres: x from about 13 km (Zeeuws-Vlaanderen) to 278 km, y from 306 km to 620 km
        assertThat(e[0]).isBetween(5_000.0, 20_000.0);
        assertThat(e[2]).isBetween(270_000.0, 285_000.0);
        assertThat(e[3]).isBetween(610_000.0, 625_000.0);
    }

    @Test
    void gdalOpensAVectorTile() throws IOException {
        Path tile = dir.resolve("amsterdam-12.mvt");
        Files.write(tile, Client.anonymous(port).get("/api/collections/buurten/tiles/WebMercatorQuad/12/1345/2103").bytes());
        String info = Gdal.run("ogrinfo", "-ro", "-al", "-so", tile.toString());
        assertThat(info).contains("using driver `MVT' successful").contains("Layer name: buurten")
                .contains("code: String").contains("name: String").doesNotContain("population");
        assertThat(Gdal.integers(info.replace("Feature Count: ", "(Integer) = "))).first()
                .satisfies(n -> assertThat(n).isGreaterThan(50));
    }
}
