package nl.pmg.planner.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a named {@code .sql} resource that sits beside the class that runs it. */
public final class SqlResource {

    private SqlResource() {
    }

    /** The text of {@code name} in {@code owner}'s package, e.g. {@code memberships.sql}; fails when absent. */
    public static String of(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no SQL resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
