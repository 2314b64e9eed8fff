package nl.pmg.planner.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the shipped national data lives ({@code planner.geodata.*}). */
@ConfigurationProperties("planner.geodata")
public record GeodataProperties(@DefaultValue("geodata") Path dir) {

    public Path file(String name) {
        return dir.resolve(name);
    }
}
