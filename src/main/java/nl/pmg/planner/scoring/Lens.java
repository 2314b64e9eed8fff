package nl.pmg.planner.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two ways of looking at an area that WODC 2022 separates ("woon- en pleegbuurten"), named in the UI and the
 * API ({@code lens=residential|incidents}). Crime is registered where it happens, so crime per resident explodes
 * where few people live; the lenses keep "where young people live" apart from "where incidents take place".
 * See {@code scoring/METHOD.md} §2.5.
 */
public enum Lens {

    /**
     * "Waar jongeren wonen": the residents' situation — young people and their share, socio-economic position,
     * housing — scored with the residential framework; no crime by place of offence.
     */
    RESIDENTIAL("residential", "Waar jongeren wonen", "Where young people live"),

    /**
     * "Waar incidenten plaatsvinden": registered crime as a count and per km² of land, shown separately and not as
     * an index, so hot places stay visible without posing as where the target group lives.
     */
    INCIDENTS("incidents", "Waar incidenten plaatsvinden", "Where incidents take place");

    /** The catalogue indicators of the incidents lens: the count, then the density. */
    public static final List<String> INCIDENT_INDICATORS = List.of("crime_count", "crime_per_km2");

    private final String id;
    private final String labelNl;
    private final String labelEn;

    Lens(String id, String labelNl, String labelEn) {
        this.id = id;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return id;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }

    public static Optional<Lens> ofId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Lens l : values()) {
            if (l.id.equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The framework of the residential lens. */
    public static Framework residentialFramework() {
        return DefaultFramework.residential();
    }
}
