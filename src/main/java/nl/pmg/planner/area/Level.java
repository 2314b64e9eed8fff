package nl.pmg.planner.area;

import java.util.Arrays;
import java.util.Optional;

/** The three CBS area levels, each with its OGC API collection id. */
public enum Level {
    GEMEENTE("gemeente", "gemeenten", "GM"),
    WIJK("wijk", "wijken", "WK"),
    BUURT("buurt", "buurten", "BU");

    private final String id;
    private final String collection;
    private final String codePrefix;

    Level(String id, String collection, String codePrefix) {
        this.id = id;
        this.collection = collection;
        this.codePrefix = codePrefix;
    }

    public String id() {
        return id;
    }

    public String collection() {
        return collection;
    }

    public static Optional<Level> ofId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    public static Optional<Level> ofCollection(String collection) {
        return Arrays.stream(values()).filter(l -> l.collection.equals(collection)).findFirst();
    }

    /** The level a CBS code belongs to by its prefix (GM, WK, BU), if any. */
    public static Optional<Level> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> code != null && code.startsWith(l.codePrefix)).findFirst();
    }
}
