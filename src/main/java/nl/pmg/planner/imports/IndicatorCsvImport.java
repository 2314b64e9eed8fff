package nl.pmg.planner.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.pmg.planner.indicator.ShippedIndicators;
import nl.pmg.planner.store.ImportRun;
import nl.pmg.planner.store.Store;
import nl.pmg.planner.shared.Csv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports an analyst's indicator table (UTF-8 CSV: {@code area_code,period,value[,status][,vintage]},
 * one record per line, metadata as {@code # key: value} lines above the header or as a sidecar) in
 * one streaming pass: each row is checked and, while no problem has been seen, written into the
 * open store transaction ({@link ImportSession}). Any problem rolls that transaction back; the file is
 * then only checked further, to report up to 100 problems. Memory does not grow with the file. CBS tables
 * as downloaded (StatLine CSV, OData v4 JSON) go the same way through {@link CbsImport}.
 */
@Component
public class IndicatorCsvImport {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCsvImport.class);
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final int PROGRESS_EVERY = 100_000;

    private final Store store;
    private final ShippedIndicators shipped;
    private final AreaCodes areaCodes;
    private final CbsImport cbs;
    private final ApplicationEventPublisher events;

    IndicatorCsvImport(Store store, ShippedIndicators shipped, AreaCodes areaCodes, CbsImport cbs,
            ApplicationEventPublisher events) {
        this.store = store;
        this.shipped = shipped;
        this.areaCodes = areaCodes;
        this.cbs = cbs;
        this.events = events;
    }

    /**
     * Runs one import. Returns the accepted run; throws {@link ImportRejected} (422) when any
     * problem was found, in which case the store is unchanged apart from the run's own record. A table as
     * CBS publishes it (a StatLine CSV export or OData v4 JSON) is recognised and read by {@link CbsImport}.
     */
    public ImportRun run(InputStream in, String fileName, String startedBy, Map<String, String> sidecar) {
        long runId = store.startRun("indicators", startedBy, fileName, null);
        String tag = "#" + runId;
        log.info("import {}: indicators from {} by {}", tag, fileName, startedBy);
        MessageDigest digest = sha256();
        ImportSession session = new ImportSession(store, runId, shipped, events, startedBy, fileName);
        long line = 0;
        try (BufferedInputStream buffered = new BufferedInputStream(new DigestInputStream(in, digest), 1 << 16)) {
            CbsFormat format = CbsFormat.detect(buffered);
            if (format != CbsFormat.NONE) {
                return cbs.run(format, buffered, digest, session, sidecar);
            }
            try (Utf8Lines r = new Utf8Lines(buffered)) {
                Map<String, String> metadata = new LinkedHashMap<>(sidecar);
                Problems problems = session.problems;
                String text;
                try {
                    while ((text = r.next()) != null) {
                        line++;
                        if (line == 1 && text.startsWith("\uFEFF")) {
                            text = text.substring(1);
                        }
                        int control = controlCharacter(text);
                        if (control >= 0) {
                            // trimming would hide a NUL or other control character and store a changed code
                            problems.add(line, "-", "line " + line + " contains a control character (U+"
                                    + String.format("%04X", (int) text.charAt(control)) + ") at position " + (control + 1));
                            session.close();
                            continue;
                        }
                        if (!session.opened()) {
                            if (text.startsWith("#")) {
                                metadataLine(text, line, metadata, problems);
                            } else if (!text.isBlank()) {
                                List<String> header = Csv.parseLine(text);
                                IndicatorMetadata meta = IndicatorMetadata.parse(metadata, problems);
                                session.open(meta, RowChecker.forHeader(header, text, line, meta, areaCodes, problems));
                            }
                            continue;
                        }
                        if (!text.isBlank()) {
                            session.row(Csv.parseLine(text), line);
                            progress(runId, session, tag);
                        }
                    }
                } catch (CharacterCodingException e) {
                    problems.add(line + 1, "-", "the file is not UTF-8 encoded (save it as UTF-8)");
                }
                if (line == 0) {
                    problems.add(0, "-", "the file is empty");
                } else if (!session.opened()) {
                    problems.add(0, "-", "the file has no header line area_code,period,value");
                } else if (session.rows() == 0) {
                    problems.add(0, "-", "the file has a header but no data rows");
                }
                ImportRun run = finish(session, session.rows(), digest, tag);
                log.info("import {}: accepted {} rows of '{}'", tag, session.rows(), session.indicatorId());
                return run;
            }
        } catch (IOException | RuntimeException e) {
            session.close();
            if (!(e instanceof ImportRejected)) {
                store.finishRejected(runId, "failed", session.rows(), 0, null, "interrupted: " + e.getClass().getSimpleName());
                log.warn("import {}: failed after {} rows: {}", tag, session.rows(), e.toString());
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new java.io.UncheckedIOException((IOException) e);
        }
    }

    /** Logs and records progress every {@value #PROGRESS_EVERY} rows. */
    void progress(long runId, ImportSession session, String tag) {
        if (session.rows() % PROGRESS_EVERY == 0) {
            store.progress(runId, session.rows());
            log.info("import {}: {} rows read, {} problems so far", tag, session.rows(), session.problems.count());
        }
    }

    static ImportRun finish(ImportSession session, long rowsRead, MessageDigest digest, String tag) {
        String checksum = HexFormat.of().formatHex(digest.digest());
        if (session.problems.any()) {
            log.info("import {}: rejected, {} rows read, {} problems", tag, rowsRead, session.problems.count());
        }
        return session.finish(rowsRead, checksum, null);
    }

    private static void metadataLine(String text, long line, Map<String, String> metadata, Problems problems) {
        String body = text.substring(1).trim();
        int colon = body.indexOf(':');
        if (colon <= 0) {
            problems.add(line, "-", "metadata lines look like '# key: value'");
            return;
        }
        String key = body.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
        if (metadata.containsKey(key)) {
            // which one was meant? Taking either would import something the analyst may not have meant
            problems.add(line, key, "metadata '" + key + "' is given twice (once is allowed, in the file or the sidecar)");
            return;
        }
        metadata.put(key, body.substring(colon + 1).trim());
    }

    /** The position of the first control character in a line (a tab counts), or -1. */
    static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return i;
            }
        }
        return -1;
    }

    /** A finite decimal number (dot as decimal separator), or null. */
    static Double number(String text) {
        String t = text.trim();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? d : null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
