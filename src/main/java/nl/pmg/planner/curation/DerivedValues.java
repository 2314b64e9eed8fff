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
    private final List<String> variables = new ArrayList<>();

    void add(String level, String code, String variable, String method) {
        lines.add(level + "," + code + "," + variable + "," + Csv.quote(method));
        variables.add(variable);
    }

    void write(Path file) {
        write(file, null);
    }

    /** Writes the records of the given variables only (all when null), e.g. those a data set keeps. */
    void write(Path file, java.util.Collection<String> keep) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (keep == null || keep.contains(variables.get(i))) {
                out.add(lines.get(i));
            }
        }
        try {
            Files.writeString(file, "level,code,variable,method\n" + String.join("\n", out) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
