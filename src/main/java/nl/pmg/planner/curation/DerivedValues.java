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

    private record Entry(String level, String code, String variable, String method) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String level, String code, String variable, String method) {
        entries.add(new Entry(level, code, variable, method));
    }

    /** Copies the other build's entries for these variables: a value carried over stays marked derived. */
    void copyFrom(DerivedValues other, java.util.Collection<String> variables) {
        other.entries.stream().filter(e -> variables.contains(e.variable())).forEach(entries::add);
    }

    void write(Path file) {
        write(file, null);
    }

    /** Writes the records of the given variables only (all when null), e.g. those a data set keeps. */
    void write(Path file, java.util.Collection<String> keep) {
        List<String> lines = entries.stream().filter(e -> keep == null || keep.contains(e.variable()))
                .map(e -> e.level() + "," + e.code() + "," + e.variable() + "," + Csv.quote(e.method())).toList();
        try {
            Files.writeString(file, "level,code,variable,method\n" + String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
