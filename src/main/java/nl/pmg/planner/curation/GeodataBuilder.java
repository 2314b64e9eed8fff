package nl.pmg.planner.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds {@code geodata/} from the national open data in {@code ../shared/data}. Run it with
 * {@code geodata/rebuild.sh}; the output is deterministic, so a rebuild on unchanged sources
 * gives byte-identical CSV files.
 */
public final class GeodataBuilder {

    private static final Logger log = LoggerFactory.getLogger(GeodataBuilder.class);

    private GeodataBuilder() {
    }

    /** The spring-2023 data set for replaying the 2023 expansion: gemeente level only. */
    private static VariableTable writeAsOf2023(Path source, Path dir, VariableTable latest, Path catalogue)
            throws IOException {
        Files.createDirectories(dir);
        DerivedValues derived = new DerivedValues();
        VariableTable asOf = new AsOf2023Variables(source, derived).build(latest);
        asOf.write(dir.resolve("variables_gemeente.csv"));
        derived.write(dir.resolve("derived_values.csv"));
        AsOfCatalogue.write(catalogue, dir.resolve("catalogue.json"), asOf, AsOfCatalogue.SPRING_2023);
        return asOf;
    }

    /** The data set of 1 April 2024 for replaying the regional round of that month: gemeente level only. */
    private static void writeAsOf2024(Path source, Path dir, VariableTable latest, Path catalogue) throws IOException {
        Files.createDirectories(dir);
        DerivedValues derived = new DerivedValues();
        VariableTable spring2023 = new AsOf2023Variables(source, derived).build(latest);
        VariableTable asOf = new AsOf2024Variables(source, derived).build(spring2023, latest);
        asOf.write(dir.resolve("variables_gemeente.csv"));
        derived.write(dir.resolve("derived_values.csv"), asOf.header());
        AsOfCatalogue.write(catalogue, dir.resolve("catalogue.json"), asOf, AsOfCatalogue.APRIL_2024);
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path target = Path.of(args.length > 1 ? args[1] : "geodata");
        if (!Files.isDirectory(source.resolve("boundaries"))) {
            throw new IllegalArgumentException("no source data at " + source.toAbsolutePath());
        }
        if (!Files.isRegularFile(target.resolve("catalogue.json"))) {
            // the catalogue is curated by hand, not built: the as-of-2023 catalogue is derived from it
            throw new IllegalArgumentException("no catalogue.json in " + target.toAbsolutePath()
                    + "; copy geodata/catalogue.json there first");
        }
        Files.createDirectories(target.resolve("programme"));
        DerivedValues derived = new DerivedValues();
        var buurtVariables = new BuurtVariables(source).build();
        new VariableTable(buurtVariables.header(), buurtVariables.rows()).write(target.resolve("variables_buurt.csv"));
        var wijkVariables = new WijkVariables(source, buurtVariables).build();
        wijkVariables.write(target.resolve("variables_wijk.csv"));
        VariableTable gemeenten = new EarlySignalVariables(source, derived).addTo(
                new GemeenteVariables(source, derived).build(), List.of(2022, 2024), List.of(2022, 2023, 2024));
        gemeenten.write(target.resolve("variables_gemeente.csv"));
        derived.write(target.resolve("derived_values.csv"));
        writeAsOf2023(source, target.resolve("asof-2023"), gemeenten, target.resolve("catalogue.json"));
        writeAsOf2024(source, target.resolve("asof-2024"), gemeenten, target.resolve("catalogue.json"));
        new BoundaryCurator(source).writeAreas(target.resolve("areas_2024.gpkg"), wijkVariables.codes());
        new ProgrammeCurator(source).write(target.resolve("programme"));
        log.info("geodata rebuilt in {}", target.toAbsolutePath());
    }
}
