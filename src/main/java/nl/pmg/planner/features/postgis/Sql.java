package nl.pmg.planner.features.postgis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** Reads a named SQL resource beside this package; each must open with a comment saying what it is for. */
final class Sql {

    private Sql() {
    }

    static String load(String name) {
        ClassPathResource r = new ClassPathResource("nl/pmg/planner/features/postgis/" + name);
        try {
            String text = r.getContentAsString(StandardCharsets.UTF_8);
            if (!text.startsWith("--")) {
                throw new IllegalStateException(name + " must open with a comment on what it is for");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("missing SQL resource " + name, e);
        }
    }
}
