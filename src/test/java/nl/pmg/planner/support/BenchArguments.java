package nl.pmg.planner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Arguments for a bench that runs the whole service in-process: the real web application (the
 * security filter chain needs a servlet environment) on a free loopback port, with a throw-away
 * embedded store, quiet logging.
 */
public final class BenchArguments {

    private BenchArguments() {
    }

    public static String[] of(String... extra) {
        try {
            String[] base = {"--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN",
                "--planner.store.data-dir=" + Files.createTempDirectory("pmg-bench")};
            String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
            System.arraycopy(extra, 0, all, base.length, extra.length);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
