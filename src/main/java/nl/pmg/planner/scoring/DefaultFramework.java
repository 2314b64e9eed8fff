package nl.pmg.planner.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;

/** The default framework shipped in {@code scoring/default-framework.json}, argued in {@code scoring/METHOD.md}. */
final class DefaultFramework {

    private static final Framework DEFAULT = load();

    private DefaultFramework() {
    }

    static Framework get() {
        return DEFAULT;
    }

    private static Framework load() {
        try (InputStream in = DefaultFramework.class.getResourceAsStream("/scoring/default-framework.json")) {
            if (in == null) {
                throw new IllegalStateException("scoring/default-framework.json is missing from the classpath");
            }
            return JsonMapper.builder().build().readValue(in, Framework.class).validate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
