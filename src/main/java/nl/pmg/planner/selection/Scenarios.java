package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import java.util.Objects;
import nl.pmg.planner.security.Role;
import nl.pmg.planner.security.Scope;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.PlainText;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import nl.pmg.planner.store.Store;
import nl.pmg.planner.store.StoredScenario;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved scenarios: a selection request run once and kept with its full result in the store (so every
 * instance sharing a database sees the same scenarios), plus the built-in replay of the 2023 expansion,
 * which is recomputed on demand instead of stored because it follows from code and shipped data alone.
 * A scenario belongs to whoever saved it. A draft is seen only by its author and programme managers (to
 * anyone else it does not exist: 404); a published scenario by everyone. Saving and publishing publish
 * audited events in the transaction that writes them.
 */
@Component
class Scenarios {

    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 4000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the store's {@code document} holds; the ranks let any two scenarios be compared later. */
    record Saved(SelectionRequest request, Selection result, Map<String, Integer> nationalRanks) {
    }

    /** A scenario ready to show or compare. */
    record Loaded(ScenarioDocument document, Map<String, Integer> nationalRanks) {

        List<String> selected() {
            return document.result().selected().stream().map(Selection.Selected::code).toList();
        }
    }

    private final Store store;
    private final Selections selections;
    private final ReplayScenario replay;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Scenarios(Store store, Selections selections, ReplayScenario replay, Areas areas, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.selections = selections;
        this.replay = replay;
        this.areas = areas;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    ScenarioDocument save(ScenarioRequest body) {
        if (body == null || body.name() == null || body.name().isBlank()) {
            throw new InvalidParameter("name", "name is required: a non-blank text of at most " + MAX_NAME + " characters.");
        }
        PlainText.check("name", body.name(), MAX_NAME, false);
        PlainText.check("description", body.description(), MAX_DESCRIPTION, true);
        String status = body.status() == null ? DRAFT : body.status();
        if (!status.equals(DRAFT) && !status.equals(PUBLISHED)) {
            throw new InvalidParameter("status", "status must be draft or published.");
        }
        if (body.request() == null) {
            throw new InvalidParameter("request", "request is required: the body of POST /api/selections to run and save.");
        }
        String author = Scope.current().username();
        SelectionRequest request = body.request().withoutUncertainty();
        Selections.Run run = selections.run(request);
        Saved saved = new Saved(request.asRun(run.framework(), run.selection().lockedIn()), run.selection(),
                run.nationalRanks());
        StoredScenario s = transaction.execute(tx -> {
            StoredScenario stored = store.saveScenario(new StoredScenario.Draft(body.name().strip(), body.description(),
                    author, run.selection().dataVintage(),
                    run.selection().selected().stream().map(Selection.Selected::code).toList(), status,
                    JSON.writeValueAsString(saved)));
            events.publishEvent(new ScenarioSaved(author, stored.id(), stored.name(), status));
            return stored;
        });
        return document(s, saved);
    }

    /** Publishes a draft (its author or a programme manager); publishing a published scenario changes nothing. */
    ScenarioDocument publish(String id) {
        Loaded loaded = load(id);
        if (loaded.document().builtIn() || PUBLISHED.equals(loaded.document().status())) {
            return loaded.document();
        }
        Scope scope = Scope.current();
        if (scope.role() != Role.PROGRAMME_MANAGER && !Objects.equals(scope.username(), loaded.document().createdBy())) {
            throw new ScenarioNotYours(id);
        }
        long stored = Long.parseLong(id);
        transaction.executeWithoutResult(tx -> {
            store.publishScenario(stored);
            events.publishEvent(new ScenarioPublished(scope.username(), stored));
        });
        return load(id).document();
    }

    List<ScenarioDocument.Summary> list() {
        List<ScenarioDocument.Summary> out = new ArrayList<>();
        Loaded r = replay.get();
        out.add(new ScenarioDocument.Summary(ReplayScenario.ID, r.document().name(), r.document().createdAt(),
                r.document().createdBy(), r.document().dataVintage(), true, PUBLISHED, r.selected()));
        Scope scope = Scope.current();
        for (StoredScenario s : store.scenarios()) {
            if (visible(s, scope)) {
                out.add(new ScenarioDocument.Summary(String.valueOf(s.id()), s.name(), s.createdAt(), s.createdBy(),
                        s.dataVintage(), false, s.status(), s.selected()));
            }
        }
        return out;
    }

    /** Published scenarios for everyone; drafts for their author and programme managers. */
    static boolean visible(StoredScenario s, Scope scope) {
        return PUBLISHED.equals(s.status()) || scope.role() == Role.PROGRAMME_MANAGER
                || (!scope.anonymous() && Objects.equals(scope.username(), s.createdBy()));
    }

    ScenarioDocument get(String id) {
        return load(id).document();
    }

    ScenarioComparison compare(String idA, String idB) {
        Loaded a = load(idA);
        Loaded b = load(idB);
        return ScenarioComparison.of(new ScenarioComparison.Side(a.document().id(), a.document().name()), a.selected(),
                a.nationalRanks(), new ScenarioComparison.Side(b.document().id(), b.document().name()), b.selected(),
                b.nationalRanks(), this::nameOf);
    }

    Loaded load(String id) {
        if (ReplayScenario.ID.equals(id)) {
            return replay.get();
        }
        Scope scope = Scope.current();
        StoredScenario s = storedId(id).flatMap(store::scenario).filter(x -> visible(x, scope))
                .orElseThrow(() -> new NotFound("unknown-scenario", "There is no scenario '" + Text.shorten(id) + "'."));
        Saved saved = JSON.readValue(s.document(), Saved.class);
        return new Loaded(document(s, saved), saved.nationalRanks());
    }

    private static java.util.Optional<Long> storedId(String id) {
        return id != null && id.matches("[1-9][0-9]{0,17}") ? java.util.Optional.of(Long.parseLong(id))
                : java.util.Optional.empty();
    }

    private static ScenarioDocument document(StoredScenario s, Saved saved) {
        String id = String.valueOf(s.id());
        return new ScenarioDocument(id, s.name(), s.description(), s.createdAt(), s.createdBy(), s.dataVintage(),
                false, s.status(), saved.request(), saved.result(), ScenarioDocument.links(id), null, null);
    }

    private String nameOf(String code) {
        return areas.find(code).map(Area::name).orElse(code);
    }
}
