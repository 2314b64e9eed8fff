package nl.pmg.planner.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.Value;

/**
 * The store contract both implementations pass (see the contract tests). Import runs are
 * recorded before their data is written, so a run that dies leaves its trace but no data.
 */
public interface Store {

    /** {@code embedded} or {@code postgis}. */
    String kind();

    /** Records a running import and returns its id; committed at once so any instance can see it. */
    long startRun(String kind, String startedBy, String fileName, String target);

    /** Rows read so far by a running import. */
    void progress(long runId, long rowsRead);

    /** Marks a run rejected (or failed); its data was never committed. */
    void finishRejected(long runId, String outcome, long rowsRead, long rowsRejected, String checksum, String report);

    Optional<ImportRun> run(long id);

    /** Starts the writes of an indicator import; replaces an earlier import of the same id on commit. */
    StoreWrite writeIndicator(long runId, IndicatorEntry entry);

    /** Starts the writes of a boundary import; replaces the vintage's earlier areas on commit. */
    StoreWrite writeAreas(long runId, int vintage);

    /** Changes whenever an import is accepted; cheap, so callers may ask per request. */
    long generation();

    List<Indicator> importedCatalogue();

    /** Imported indicator → level → area code → value of the latest period. */
    Map<String, Map<Level, Map<String, Value>>> importedValues();

    /** The divisions the store has boundaries for (2024, the shipped one, always). */
    List<Integer> vintages();

    /** The areas of a division; empty when the store has no such vintage. */
    List<Area> areas(int vintage);

    /** Row count per table. */
    Map<String, Long> counts();

    /** SHA-256 over the content of the data tables in a fixed order. */
    String checksum();
}
