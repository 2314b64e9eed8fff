package nl.pmg.planner.calibration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.shared.InvalidParameter;
import org.springframework.stereotype.Component;

/**
 * The rounds of the programme that were decided "on the basis of data" and can be calibrated on:
 * <ul>
 *   <li>{@code 2023}: 8 municipalities "selected on crime figures and socio-economic data" (Kamerstuk 29911
 *       nr. 417), with the 15 start municipalities and the 4 NPLV additions locked in; data as of 2023-03-01;</li>
 *   <li>{@code 2024}: the 20 municipalities of the regional grant of April 2024, with the 27 locked in; data as
 *       of 2024-04-01.</li>
 * </ul>
 * A round is available when the programme lists its chosen municipalities and the data as of its date exist.
 */
@Component
class Rounds {

    static final List<Round> KNOWN = List.of(
            new Round("2023", "2023-03-01", "expansion-data",
                    "de uitbreiding van 2023 (8 gemeenten op data)", "the 2023 expansion (8 municipalities on data)"),
            new Round("2024", "2024-04-01", "regional-2024",
                    "de regionale ronde van april 2024 (20 gemeenten)", "the regional round of April 2024 (20 municipalities)"));

    private final Programme programme;

    Rounds(Programme programme) {
        this.programme = programme;
    }

    /** @throws InvalidParameter (400, parameter {@code rounds}) for an id that is no known round */
    Round get(String id) {
        return KNOWN.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new InvalidParameter(
                "rounds", "rounds must name known rounds: " + String.join(", ", KNOWN.stream().map(Round::id).toList())
                        + "; '" + nl.pmg.planner.shared.Text.shorten(String.valueOf(id)) + "' is not one."));
    }

    /** The programme as it stood on the round's date, without the round's own choice (as the built-in replays). */
    List<String> locked(Round round) {
        List<String> chosen = chosen(round);
        return programme.membersOn(LocalDate.parse(round.asOf())).stream().map(Member::code)
                .filter(c -> !chosen.contains(c)).distinct().toList();
    }

    /** Every municipality the round's tranche ever held. */
    List<String> chosen(Round round) {
        return programme.tranche(round.chosenTranche()).stream().map(Member::code).distinct().toList();
    }

    /** Why the round cannot be calibrated on with the programme as it stands, or empty when it can. */
    Optional<String> missing(Round round) {
        if (chosen(round).isEmpty()) {
            return Optional.of("the programme lists no municipalities of tranche " + round.chosenTranche());
        }
        return Optional.empty();
    }

    Map<String, Object> describe(Round round) {
        return Map.of("id", round.id(), "asOf", round.asOf(), "chosen", chosen(round).size(),
                "locked", locked(round).size());
    }
}
