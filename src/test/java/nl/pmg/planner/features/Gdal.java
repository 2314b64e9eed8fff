package nl.pmg.planner.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs GDAL's command-line tools (Debian gdal-bin, installed by .ci/run) and returns their output. */
final class Gdal {

    private Gdal() {
    }

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command[0] + " (install gdal-bin)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GDAL's version as [major, minor]. */
    static int[] version() {
        Matcher m = Pattern.compile("GDAL (\\d+)\\.(\\d+)").matcher(run("ogrinfo", "--version"));
        if (!m.find()) {
            throw new IllegalStateException("unknown GDAL version");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** The integers of an ogrinfo SQL answer such as {@code n (Integer) = 342}, in order. */
    static List<Long> integers(String ogrinfoOutput) {
        List<Long> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\(Integer(?:64)?\\) = (\\d+)").matcher(ogrinfoOutput);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    /** The Extent line of {@code ogrinfo -so} as [minX, minY, maxX, maxY]. */
    static double[] extent(String ogrinfoOutput) {
        Matcher m = Pattern.compile("Extent: \\(([-\\d.]+), ([-\\d.]+)\\) - \\(([-\\d.]+), ([-\\d.]+)\\)").matcher(ogrinfoOutput);
        if (!m.find()) {
            throw new IllegalStateException("no extent in:\n" + ogrinfoOutput);
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
            Double.parseDouble(m.group(4))};
    }
}
