package nl.pmg.planner.calibration;

import java.util.List;
import nl.pmg.planner.scoring.SavedFrameworks;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved calibrations: the calibrated framework goes into the framework store as a new version (so it can
 * be used like any other, never as the default) and the calibration beside it, in one transaction that
 * also publishes {@link CalibrationSaved} for the audit trail. Built-in calibrations ({@code round-<id>})
 * are computed, not stored.
 */
@Component
class CalibrationArchive {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BUILT_IN_PREFIX = "round-";

    private final Calibrations calibrations;
    private final CalibrationRows rows;
    private final SavedFrameworks frameworks;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    CalibrationArchive(Calibrations calibrations, CalibrationRows rows, SavedFrameworks frameworks,
            TransactionTemplate tx, ApplicationEventPublisher events) {
        this.calibrations = calibrations;
        this.rows = rows;
        this.frameworks = frameworks;
        this.tx = tx;
        this.events = events;
    }

    /** Runs the calibration and, when asked, saves it with its framework. */
    CalibrationDocument run(CalibrationRequest request) {
        CalibrationRequest r = calibrations.resolve(request);
        if (!r.saving()) {
            return calibrations.run(r, null, "unsaved", null);
        }
        String frameworkId = "calibrated-" + String.join("-", r.rounds())
                + (Granularity.valueOf(r.granularity()) == Granularity.INDICATOR ? "-indicators" : "");
        CalibrationDocument doc = calibrations.run(r, null, frameworks.nextVersion(frameworkId), frameworkId);
        String actor = actor();
        try {
            long id = tx.execute(status -> {
                frameworks.save(doc.framework());
                long saved = rows.insert(doc.rounds(), doc.granularity(), doc.framework().id(), doc.framework().version(),
                        actor, JSON.writeValueAsString(doc));
                events.publishEvent(new CalibrationSaved(actor, saved, doc.framework().id(), doc.framework().version(),
                        String.join(",", doc.rounds()), doc.granularity(), doc.test().explained()));
                return saved;
            });
            return get(String.valueOf(id));
        } catch (DuplicateKeyException e) {
            throw new SavedFrameworks.VersionTaken(doc.framework().id(), doc.framework().version());
        }
    }

    List<CalibrationRows.Summary> saved() {
        return rows.list();
    }

    CalibrationDocument get(String id) {
        if (id != null && id.startsWith(BUILT_IN_PREFIX)) {
            try {
                return calibrations.builtIn(id.substring(BUILT_IN_PREFIX.length()));
            } catch (nl.pmg.planner.shared.InvalidParameter e) {
                throw unknown(id);
            }
        }
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            throw unknown(id);
        }
        CalibrationRows.Stored s = rows.find(Long.parseLong(id)).orElseThrow(() -> unknown(id));
        CalibrationDocument d = JSON.readValue(s.document(), CalibrationDocument.class);
        return new CalibrationDocument(String.valueOf(s.id()), d.rounds(), d.granularity(), d.labelNl(), d.labelEn(),
                d.weights(), d.decisiveness(), d.fit(), d.test(), d.inSample(), d.outOfSample(), d.framework(), true,
                d.reproduce(), d.dataVintages(), d.warnings(), s.createdAt(), s.createdBy(), d.millis());
    }

    private static NotFound unknown(String id) {
        String shown = Text.shorten(String.valueOf(id));
        return new NotFound("unknown-calibration", "There is no calibration '" + shown + "'.", java.util.Map.of("id", shown));
    }

    private static String actor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || "anonymousUser".equals(a.getName()) ? null : a.getName();
    }
}
