package nl.pmg.planner.features;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.features.*}: the bounded cache of finished response bodies (bytes, identity and
 * gzip together) and how long clients may keep public answers (tiles, descriptions) without asking.
 */
@ConfigurationProperties("planner.features")
record FeaturesProperties(@DefaultValue("134217728") long responseCacheBytes,
        @DefaultValue("3600") int publicMaxAgeSeconds) {
}
