package nl.pmg.planner.ingest;

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
import nl.pmg.planner.store.StoreWrite;
import nl.pmg.planner.shared.Csv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports an analyst's indicator table (UTF-8 CSV: {@code area_code,period,value[,status][,vintage]},
 * one record per line, metadata as {@code # key: value} lines above the header or as a sidecar) in
 * one streaming pass: each row is checked and, while no problem has been seen, written into the
 * open store transaction. Any problem rolls that transaction back; the file is then only checked
 * further, to report up to 100 problems. Memory does not grow with the file.
 */
@Component
public class IndicatorCsvImport {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCsvImport.class);
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final int PROGRESS_EVERY = 100_000;

    private final Store store;
    private final ShippedIndicators shipped;
    private final AreaCodes areaCodes;
    private final ApplicationEventPublisher events;

    IndicatorCsvImport(Store store, ShippedIndicators shipped, AreaCodes areaCodes, ApplicationEventPublisher events) {
        this.store = store;
        this.shipped = shipped;
        this.areaCodes = areaCodes;
        this.events = events;
    }

    /**
     * Runs one import. Returns the accepted run; throws {@link ImportRejected} (422) when any
     * problem was found, in which case the store is unchanged apart from the run's own record.
     */
    public ImportRun run(InputStream in, String fileName, String startedBy, Map<String, String> sidecar) {
        long runId = store.startRun("indicators", startedBy, fileName, null);
        String tag = "#" + runId;
        log.info("import {}: indicators from {} by {}", tag, fileName, startedBy);
        Problems problems = new Problems(tag);
        MessageDigest digest = sha256();
        RowChecker checker = null;
        StoreWrite write = null;
        long line = 0;
        long rows = 0;
        try (Utf8Lines r = new Utf8Lines(new DigestInputStream(in, digest))) {
            Map<String, String> metadata = new LinkedHashMap<>(sidecar);
            List<String> header = null;
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
                        if (header != null) {
                            rows++;
                        }
                        if (write != null) {
                            write.close();
                            write = null;
                        }
                        continue;
                    }
                    if (header == null) {
                        if (text.startsWith("#")) {
                            metadataLine(text, line, metadata, problems);
                            continue;
                        }
                        if (text.isBlank()) {
                            continue;
                        }
                        header = Csv.parseLine(text);
                        IndicatorMetadata meta = IndicatorMetadata.parse(metadata, problems);
                        checker = RowChecker.forHeader(header, text, line, meta, areaCodes, problems);
                        if (meta != null && shipped.catalogue().stream().anyMatch(i -> i.id().equals(meta.entry()
                                .indicator().id()))) {
                            problems.add(0, "id", "'" + meta.entry().indicator().id()
                                    + "' is a shipped indicator; choose another id");
                        }
                        if (!problems.any()) {
                            write = store.writeIndicator(runId, meta.entry());
                        }
                        continue;
                    }
                    if (text.isBlank()) {
                        continue;
                    }
                    rows++;
                    RowChecker.Row row = checker.check(text, line);
                    if (problems.any() && write != null) {
                        write.close();
                        write = null;
                    }
                    if (write != null && row != null) {
                        write.value(row.areaCode(), row.level(), row.period(), row.value(), row.status());
                    }
                    if (rows % PROGRESS_EVERY == 0) {
                        store.progress(runId, rows);
                        log.info("import {}: {} rows read, {} problems so far", tag, rows, problems.count());
                    }
                }
            } catch (CharacterCodingException e) {
                problems.add(line + 1, "-", "the file is not UTF-8 encoded (save it as UTF-8)");
            }
            if (line == 0) {
                problems.add(0, "-", "the file is empty");
            } else if (header == null) {
                problems.add(0, "-", "the file has no header line area_code,period,value");
            } else if (rows == 0) {
                problems.add(0, "-", "the file has a header but no data rows");
            }
            String checksum = HexFormat.of().formatHex(digest.digest());
            if (problems.any()) {
                if (write != null) {
                    write.close();
                    write = null;
                }
                store.finishRejected(runId, "rejected", rows, problems.rowsWithProblems(), checksum,
                        problems.summary());
                log.info("import {}: rejected, {} rows read, {} problems", tag, rows, problems.count());
                throw new ImportRejected(runId, problems.count(), problems.kept());
            }
            // audited inside the import's transaction: the data and its audit row are committed together
            events.publishEvent(new IndicatorTableImported(startedBy, runId, checker.indicatorId(), rows, fileName));
            write.commit(rows, rows, checksum, null);
            write.close();
            write = null;
            log.info("import {}: accepted {} rows of '{}'", tag, rows, checker.indicatorId());
            return store.run(runId).orElseThrow();
        } catch (IOException | RuntimeException e) {
            if (write != null) {
                write.close();
            }
            if (!(e instanceof ImportRejected)) {
                store.finishRejected(runId, "failed", rows, 0, null, "interrupted: " + e.getClass().getSimpleName());
                log.warn("import {}: failed after {} rows: {}", tag, rows, e.toString());
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new java.io.UncheckedIOException((IOException) e);
        }
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
