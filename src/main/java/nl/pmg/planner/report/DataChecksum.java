package nl.pmg.planner.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.pmg.planner.shared.GeodataProperties;
import org.springframework.stereotype.Component;

/**
 * The SHA-256 of the data a scenario was scored on: every file of the data set (for {@code latest} the files
 * directly in {@code geodata/}, for an as-of set those of {@code geodata/<set>/}) plus the programme files,
 * each as its name and its bytes, in name order. Computed once per data set.
 */
@Component
class DataChecksum {

    private final GeodataProperties geodata;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    DataChecksum(GeodataProperties geodata) {
        this.geodata = geodata;
    }

    String of(String dataVintage) {
        return known.computeIfAbsent(dataVintage, this::compute);
    }

    private String compute(String dataVintage) {
        Path set = "latest".equals(dataVintage) ? geodata.dir() : geodata.file(dataVintage);
        List<Path> files = new ArrayList<>(regularFiles(set));
        files.addAll(regularFiles(geodata.file("programme")));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                digest.update(geodata.dir().relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + set, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> regularFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
