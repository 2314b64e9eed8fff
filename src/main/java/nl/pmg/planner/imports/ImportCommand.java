package nl.pmg.planner.imports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.pmg.planner.store.ImportRun;
import nl.pmg.planner.store.PostgisGeodata;
import nl.pmg.planner.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The import command: when one of {@code planner.import.geodata=true},
 * {@code planner.import.indicators=<csv>} (sidecar {@code <csv>.json} if present) or
 * {@code planner.import.boundaries=<gpkg>} with {@code planner.import.vintage=<year>} is given, runs
 * that import, prints the outcome and exits (0 accepted or unchanged, 1 rejected).
 * {@code planner.import.status=true} prints the store's row counts and content checksum.
 */
@Component
class ImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final Environment env;
    private final ConfigurableApplicationContext context;
    private final IndicatorCsvImport indicators;
    private final BoundaryImport boundaries;
    private final ObjectProvider<PostgisGeodata> geodata;
    private final Store store;

    ImportCommand(Environment env, ConfigurableApplicationContext context, IndicatorCsvImport indicators,
            BoundaryImport boundaries, ObjectProvider<PostgisGeodata> geodata, Store store) {
        this.env = env;
        this.context = context;
        this.indicators = indicators;
        this.boundaries = boundaries;
        this.geodata = geodata;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String csv = env.getProperty("planner.import.indicators");
        String gpkg = env.getProperty("planner.import.boundaries");
        boolean shipped = env.getProperty("planner.import.geodata", Boolean.class, false);
        boolean status = env.getProperty("planner.import.status", Boolean.class, false);
        if (csv == null && gpkg == null && !shipped && !status) {
            return;
        }
        int exit = 0;
        String user = System.getProperty("user.name", "command");
        try {
            if (shipped) {
                PostgisGeodata g = geodata.getIfAvailable();
                if (g == null) {
                    log.info("geodata import: the embedded store reads geodata/ directly; nothing to import");
                } else {
                    long start = System.nanoTime();
                    boolean loaded = g.ensureImported(user);
                    log.info("geodata import: {} in {} ms; counts {}; checksum {}", loaded ? "loaded" : "unchanged",
                            (System.nanoTime() - start) / 1_000_000, store.counts(), store.checksum());
                }
            }
            if (csv != null) {
                Path file = Path.of(csv);
                Path side = Path.of(csv + ".json");
                Map<String, String> sidecar = Files.isRegularFile(side)
                        ? ImportController.sidecar(Files.readAllBytes(side)) : Map.of();
                try (InputStream in = Files.newInputStream(file)) {
                    report(indicators.run(in, file.getFileName().toString(), user, sidecar));
                }
            }
            if (gpkg != null) {
                Path file = Path.of(gpkg);
                try (InputStream in = Files.newInputStream(file)) {
                    report(boundaries.run(in, file.getFileName().toString(),
                            env.getRequiredProperty("planner.import.vintage", Integer.class), user));
                }
            }
        } catch (ImportRejected e) {
            e.problems().forEach(p -> System.out.println("row " + p.row() + ", " + p.field() + ": " + p.reason()));
            System.out.println("import rejected: " + e.getMessage());
            exit = 1;
        }
        if (status) {
            System.out.println("store " + store.kind() + ": counts " + store.counts() + "; checksum " + store.checksum());
        }
        int code = exit;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private static void report(ImportRun run) {
        System.out.println("import " + run.id() + " " + run.outcome() + ": " + run.rowsAccepted() + " rows"
                + (run.report() == null ? "" : " (" + run.report() + ")"));
    }
}
