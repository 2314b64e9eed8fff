package nl.pmg.planner.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.shared.Csv;

/** Records every value the builder derived instead of copying, with the method, for the audit file. */
final class DerivedValues {

    private final List<String> lines = new ArrayList<>();

    void add(String level, String code, String variable, String method) {
        lines.add(level + "," + code + "," + variable + "," + Csv.quote(method));
    }

    void write(Path file) {
        try {
            Files.writeString(file, "level,code,variable,method\n" + String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
