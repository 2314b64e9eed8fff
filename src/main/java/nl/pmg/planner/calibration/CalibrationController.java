package nl.pmg.planner.calibration;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import nl.pmg.planner.work.HeavyWork;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/calibrations}: which weights explain the programme's past choices. */
@RestController
@RequestMapping("/api/calibrations")
class CalibrationController {

    private final CalibrationArchive archive;
    private final Rounds rounds;
    private final HeavyWork work;

    CalibrationController(CalibrationArchive archive, Rounds rounds, HeavyWork work) {
        this.archive = archive;
        this.rounds = rounds;
        this.work = work;
    }

    /** Synchronous: 200 bootstrap replicates take about a second. {@code save: true} answers 201. */
    @PostMapping
    ResponseEntity<CalibrationDocument> calibrate(@RequestBody CalibrationRequest request) {
        CalibrationDocument doc = work.run("calibration", () -> archive.run(request));
        if (!doc.saved()) {
            return ResponseEntity.ok(doc);
        }
        return ResponseEntity.created(URI.create("/api/calibrations/" + doc.id())).body(doc);
    }

    /** The rounds (with their built-in calibration where available) and every saved calibration. */
    @GetMapping
    Map<String, Object> list() {
        List<Map<String, Object>> known = Rounds.KNOWN.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>(rounds.describe(r));
            String missing = rounds.missing(r).orElse(null);
            m.put("available", missing == null);
            m.put("reason", missing);
            m.put("builtIn", missing == null ? "/api/calibrations/" + CalibrationArchive.BUILT_IN_PREFIX + r.id() : null);
            m.put("labelNl", r.labelNl());
            m.put("labelEn", r.labelEn());
            return m;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rounds", known);
        out.put("calibrations", archive.saved());
        return out;
    }

    /** A saved calibration, or {@code round-2023}: the built-in one of that round. */
    @GetMapping("/{id}")
    CalibrationDocument get(@PathVariable String id) {
        return archive.get(id);
    }
}
