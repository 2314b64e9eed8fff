package nl.pmg.planner.imports;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.store.ImportRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports a CBS table as downloaded — a StatLine CSV export ({@link StatLineCsv}) or OData v4 JSON
 * ({@link ODataJson}) — with the planner's metadata in a sidecar (id, labels, unit, direction, level; plus
 * {@link CbsOptions}). Codes, periods and symbols are mapped by {@link CbsCells}; the table id and title become
 * the source; a count with a denominator becomes a rate over our own population figures, marked derived. The
 * rows then take the same path as any import ({@link ImportSession}): all or nothing, 422 with row and reason.
 */
@Component
class CbsImport {

    private static final Logger log = LoggerFactory.getLogger(CbsImport.class);
    static final List<String> CANONICAL = List.of("area_code", "period", "value", "status");

    private final AreaCodes areaCodes;
    private final IndicatorValues indicators;

    CbsImport(AreaCodes areaCodes, IndicatorValues indicators) {
        this.areaCodes = areaCodes;
        this.indicators = indicators;
    }

    ImportRun run(CbsFormat format, InputStream in, MessageDigest digest, ImportSession session,
            Map<String, String> sidecar) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>(sidecar);
        CbsOptions options = CbsOptions.take(metadata, session.problems);
        Rows rows = new Rows(session, metadata, options);
        long read = format == CbsFormat.STATLINE_CSV
                ? StatLineCsv.read(new Utf8Lines(in), options, session.problems, rows)
                : ODataJson.read(in, options, session.problems, rows);
        rows.table(options.tableId(), options.tableTitle(), options.measure());
        if (read == 0 && !session.problems.any()) {
            session.problems.add(0, "-", "the table has no data rows");
        }
        String report = "CBS " + rows.tableId + " (" + (format == CbsFormat.STATLINE_CSV ? "StatLine CSV" : "OData v4 JSON")
                + "), measure " + rows.measure + ": " + read + " rows read, " + session.rows() + " imported"
                + (rows.cells == null || rows.cells.skippedSummary().isEmpty() ? "" : "; " + rows.cells.skippedSummary());
        log.info("import #{}: {}", session.runId(), report);
        return session.finish(read, HexFormat.of().formatHex(digest.digest()), report);
    }

    /** Opens the indicator once the table is known, then hands each observation on as canonical cells. */
    private final class Rows implements StatLineCsv.Sink, ODataJson.Sink {

        private final ImportSession session;
        private final Map<String, String> metadata;
        private final CbsOptions options;
        private CbsCells cells;
        private String tableId;
        private String measure;

        Rows(ImportSession session, Map<String, String> metadata, CbsOptions options) {
            this.session = session;
            this.metadata = metadata;
            this.options = options;
        }

        @Override
        public void table(String id) {
            table(id, options.tableTitle(), options.measure());
        }

        @Override
        public void table(String id, String title, String measureKey) {
            if (session.opened()) {
                return;
            }
            tableId = id != null ? id : options.tableId();
            measure = measureKey != null ? measureKey : options.measure();
            String tableTitle = title != null ? title : options.tableTitle();
            String analyst = metadata.get("source");
            metadata.put("source", CbsOptions.source(tableId, tableTitle) + (analyst == null ? "" : "; " + analyst));
            if (options.derived()) {
                metadata.put("definition", (metadata.getOrDefault("definition", metadata.getOrDefault("label_en", "")))
                        + " Computed by the planner: " + (measure == null ? "the count" : measure) + " of CBS " + tableId
                        + " divided by our indicator " + options.denominator() + " (latest year) × " + fmt(options.per())
                        + "; status derived.");
            }
            IndicatorMetadata meta = IndicatorMetadata.parse(metadata, session.problems);
            cells = new CbsCells(meta == null ? null : meta.level(), options, indicators, session.problems);
            session.open(meta, RowChecker.forHeader(CANONICAL, String.join(",", CANONICAL), 0, meta, areaCodes,
                    session.problems));
        }

        @Override
        public void observation(long row, String region, String period, String value) {
            observation(row, region, period, value, null);
        }

        @Override
        public void observation(long row, String region, String period, String value, String status) {
            if (!session.opened()) {
                table(null);
            }
            List<String> c = cells.cells(row, region, period, value, status);
            if (c != null) {
                session.row(c, row);
            }
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
