package nl.pmg.planner.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import java.util.Objects;
import nl.pmg.planner.security.Role;
import nl.pmg.planner.security.Scope;
import nl.pmg.planner.selection.Selection;
import nl.pmg.planner.selection.SelectionRequest;
import nl.pmg.planner.selection.Selections;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.PlainText;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
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

        /** Added code → the pathway it came in by, in result order (severity for scenarios saved before pathways). */
        Map<String, String> pathways() {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            document.result().selected().forEach(s -> out.put(s.code(), s.pathway() == null ? "severity" : s.pathway()));
            return out;
        }
    }

    private final ScenarioRows store;
    private final Selections selections;
    private final ReplayScenario replay;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Scenarios(ScenarioRows store, Selections selections, ReplayScenario replay, Areas areas,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
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
        // the selection ran outside; the write and its audit event share one short transaction
        StoredScenario s = transaction.execute(tx -> {
            StoredScenario row = store.save(new StoredScenario.Draft(body.name().strip(), body.description(),
                    author, run.selection().dataVintage(),
                    run.selection().selected().stream().map(Selection.Selected::code).toList(), status,
                    JSON.writeValueAsString(saved)));
            events.publishEvent(new ScenarioSaved(author, row.id(), row.name(), row.dataVintage(),
                    row.selected().size(), status));
            return row;
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
            store.publish(stored);
            events.publishEvent(new ScenarioPublished(scope.username(), stored));
        });
        return load(id).document();
    }

    List<ScenarioDocument.Summary> list() {
        List<ScenarioDocument.Summary> out = new ArrayList<>();
        out.addAll(replay.summaries());
        Scope scope = Scope.current();
        for (StoredScenario s : store.list()) {
            if (visible(s, scope)) {
                out.add(new ScenarioDocument.Summary(String.valueOf(s.id()), s.name(), s.createdAt(), s.createdBy(),
                        s.dataVintage(), false, s.status(), s.selected(), s.selected().size()));
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
        return ScenarioComparison.of(new ScenarioComparison.Side(a.document().id(), a.document().name()), a.pathways(),
                a.nationalRanks(), new ScenarioComparison.Side(b.document().id(), b.document().name()), b.pathways(),
                b.nationalRanks(), this::nameOf);
    }

    Loaded load(String id) {
        Optional<Loaded> builtIn = replay.get(id);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Scope scope = Scope.current();
        StoredScenario s = storedId(id).flatMap(store::find).filter(x -> visible(x, scope))
                .orElseThrow(() -> new NotFound("unknown-scenario", "There is no scenario '" + Text.shorten(id) + "'.",
                        java.util.Map.of("id", Text.shorten(id))));
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
