package nl.pmg.planner.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped frameworks, argued in {@code scoring/METHOD.md}: the default ({@code scoring/default-framework.json},
 * used to select municipalities) and the residential lens ({@code scoring/residential-framework.json}, "where
 * young people live", used for priority areas inside a municipality).
 */
final class DefaultFramework {

    private static final Framework DEFAULT = load("/scoring/default-framework.json");
    private static final Framework RESIDENTIAL = load("/scoring/residential-framework.json");

    private DefaultFramework() {
    }

    static Framework get() {
        return DEFAULT;
    }

    static Framework residential() {
        return RESIDENTIAL;
    }

    private static Framework load(String resource) {
        try (InputStream in = DefaultFramework.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return JsonMapper.builder().build().readValue(in, Framework.class).validate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
