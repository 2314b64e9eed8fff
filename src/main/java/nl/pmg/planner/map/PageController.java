package nl.pmg.planner.map;

import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Page routes of the web map. {@code /gemeente/{code}} is a deep link to the municipality view: the
 * same single page, which reads the code from its path. An unknown code is a 404 problem rather than
 * an empty map, so a mistyped link is noticed.
 */
@Controller
class PageController {

    private final Areas areas;

    PageController(Areas areas) {
        this.areas = areas;
    }

    @GetMapping("/gemeente/{code}")
    String gemeente(@PathVariable String code) {
        areas.find(code).filter(a -> a.level() == Level.GEMEENTE).orElseThrow(() -> NotFound.area(code));
        return "forward:/index.html";
    }
}
