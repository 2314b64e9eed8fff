package nl.pmg.planner.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The service's Java sources as text, for tests that derive what must hold from the code itself. */
public final class MainSources {

    private MainSources() {
    }

    /** The text of every {@code .java} file under src/main/java. */
    public static List<String> all() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.add(Files.readString(file));
            }
        }
        return sources;
    }
}
