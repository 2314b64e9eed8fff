package nl.pmg.planner.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved frameworks as JSON files, one per id and version ({@code <id>@<version>.json}), written
 * atomically (temp file + move) so a crash never leaves half a framework. A saved version is never
 * overwritten: a change is a new version.
 */
@Component
class FrameworkStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    FrameworkStore(ScoringProperties properties) {
        this.dir = properties.frameworkDir();
    }

    boolean exists(String id, String version) {
        return Files.isRegularFile(file(id, version));
    }

    synchronized void save(Framework f) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".framework", ".tmp");
            JSON.writeValue(tmp.toFile(), f);
            Files.move(tmp, file(f.id(), f.version()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save framework " + f.id(), e);
        }
    }

    /** The given version, or the highest version when {@code version} is null. */
    Optional<Framework> find(String id, String version) {
        if (version != null) {
            Path f = file(id, version);
            return Files.isRegularFile(f) ? Optional.of(read(f)) : Optional.empty();
        }
        return list().stream().filter(f -> f.id().equals(id))
                .max(Comparator.comparing(Framework::version, FrameworkStore::compareVersions));
    }

    List<Framework> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Framework> out = new ArrayList<>();
            files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(p -> out.add(read(p)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Framework read(Path p) {
        return JSON.readValue(p.toFile(), Framework.class);
    }

    private Path file(String id, String version) {
        return dir.resolve(id + "@" + version + ".json");
    }

    /** Compares dotted versions numerically where possible ("1.10.0" after "1.9.0"). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
