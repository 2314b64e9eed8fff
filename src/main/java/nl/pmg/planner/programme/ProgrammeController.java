package nl.pmg.planner.programme;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProgrammeController {

    record ProgrammeDocument(List<Member> municipalities, List<FocusArea> focusAreas, String note) {
    }

    private final Programme programme;

    ProgrammeController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping("/api/programme")
    ProgrammeDocument programme() {
        return new ProgrammeDocument(programme.members(), programme.focusAreas(),
                "Focus-area wijk codes are our mapping (derived): by name where the names correspond, each with its "
                        + "reason; no official wijk or buurt list of the NPLV focus areas was available.");
    }
}
