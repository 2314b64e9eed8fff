package nl.pmg.planner.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Saved frameworks for other features (e.g. calibration): read them, and save a new version as part of the
 * caller's own transaction, so that what the caller records with it is saved together or not at all.
 */
@Component
public class SavedFrameworks {

    private final FrameworkStore store;

    SavedFrameworks(FrameworkStore store) {
        this.store = store;
    }

    /** The given version, or the highest when {@code version} is null. */
    public Optional<Framework> find(String id, String version) {
        return store.find(id, version);
    }

    /** Every saved version of every framework, by id and age. */
    public List<Framework> list() {
        return store.list();
    }

    /**
     * Saves a new version. The framework must be valid; ids and indicators are the caller's responsibility.
     *
     * @throws nl.pmg.planner.shared.ApiProblem 409 {@code framework-version-exists} when that version is saved
     * @throws org.springframework.dao.DuplicateKeyException when another instance saved it a moment earlier
     */
    public Framework save(Framework framework) {
        framework.validate();
        if (store.exists(framework.id(), framework.version())) {
            throw new VersionTaken(framework.id(), framework.version());
        }
        store.insert(framework);
        return framework;
    }

    /** The highest version number saved for {@code id} plus one, as text ("1" for a new id). */
    public String nextVersion(String id) {
        int max = 0;
        for (Framework f : store.list()) {
            if (f.id().equals(id) && f.version().matches("\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(f.version()));
            }
        }
        return String.valueOf(max + 1);
    }

    /** A version saved by another instance between the check and the insert (409, as for a plain save). */
    public static class VersionTaken extends nl.pmg.planner.shared.ApiProblem {

        public VersionTaken(String id, String version) {
            super(org.springframework.http.HttpStatus.CONFLICT, "framework-version-exists", "Framework '" + id
                    + "' version " + version + " is already saved; saved versions never change.");
        }
    }
}
