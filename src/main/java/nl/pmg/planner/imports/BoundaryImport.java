package nl.pmg.planner.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.store.ImportRun;
import nl.pmg.planner.store.Store;
import nl.pmg.planner.store.StoreWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports the division of another vintage from a GeoPackage with layers {@code gemeente} (code,
 * name), {@code wijk} (code, name, gm_code) and {@code buurt} (code, name, wk_code, gm_code). The
 * CRS is read from each layer's SRS and boundaries are reprojected to RD New. The file must hold a whole
 * division ({@link BoundaryLayers}); any fault, an invalid boundary included, rejects the whole file.
 */
@Component
class BoundaryImport {

    private static final Logger log = LoggerFactory.getLogger(BoundaryImport.class);

    private final Store store;
    private final ApplicationEventPublisher events;
    private final ImportProperties properties;

    BoundaryImport(Store store, ApplicationEventPublisher events, ImportProperties properties) {
        this.store = store;
        this.events = events;
        this.properties = properties;
    }

    ImportRun run(InputStream in, String fileName, int vintage, String startedBy) {
        long runId = store.startRun("boundaries", startedBy, fileName, String.valueOf(vintage));
        String tag = "#" + runId;
        log.info("import {}: boundaries of vintage {} from {} by {}", tag, vintage, fileName, startedBy);
        Problems problems = new Problems(tag);
        Path copy = null;
        try {
            // a GeoPackage is a SQLite database, which can only be opened as a file
            copy = Files.createTempFile("boundaries-", ".gpkg");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream d = new DigestInputStream(in, digest)) {
                Files.copy(d, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            String checksum = HexFormat.of().formatHex(digest.digest());
            List<Area> areas = new ArrayList<>();
            if (vintage == AreaCodes.SHIPPED_VINTAGE) {
                problems.add(0, "vintage", "vintage " + vintage + " is the shipped division; import another vintage");
            } else if (Files.size(copy) == 0) {
                problems.add(0, "-", "the file is empty");
            } else {
                read(copy, vintage, properties.minGemeenten(), areas, problems);
            }
            if (problems.any()) {
                store.finishRejected(runId, "rejected", areas.size(), problems.rowsWithProblems(), checksum,
                        problems.summary());
                log.info("import {}: rejected, {} problems", tag, problems.count());
                throw new ImportRejected(runId, problems.count(), problems.kept());
            }
            try (StoreWrite w = store.writeAreas(runId, vintage)) {
                for (Area a : areas) {
                    w.area(vintage, a);
                }
                events.publishEvent(new BoundariesImported(startedBy, runId, vintage, areas.size(), fileName));
                w.commit(areas.size(), areas.size(), checksum, null);
            }
            log.info("import {}: accepted {} areas of vintage {}", tag, areas.size(), vintage);
            return store.run(runId).orElseThrow();
        } catch (ImportRejected e) {
            throw e;
        } catch (IOException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            store.finishRejected(runId, "failed", 0, 0, null, "interrupted: " + e.getClass().getSimpleName());
            log.warn("import {}: failed: {}", tag, e.toString());
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans it up eventually
                }
            }
        }
    }

    private static void read(Path file, int vintage, int minGemeenten, List<Area> areas, Problems problems) {
        GeoPackage gp;
        try {
            gp = GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            problems.add(0, "-", "the file is not a GeoPackage");
            return;
        }
        try (gp) {
            new BoundaryLayers(gp, vintage, minGemeenten, problems).read(areas);
        } catch (RuntimeException e) {
            if (!problems.any()) {
                problems.add(0, "-", "the GeoPackage cannot be read: " + e.getClass().getSimpleName());
            }
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
