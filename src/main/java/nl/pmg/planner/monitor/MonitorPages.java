package nl.pmg.planner.monitor;

import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Page routes: the programme dashboard and the printable report of one municipality. */
@Controller
class MonitorPages {

    private final Areas areas;

    MonitorPages(Areas areas) {
        this.areas = areas;
    }

    @GetMapping("/monitor")
    String dashboard() {
        return "forward:/monitor.html";
    }

    @GetMapping("/monitor/{code}")
    String report(@PathVariable String code) {
        areas.find(code).filter(a -> a.level() == Level.GEMEENTE).orElseThrow(() -> NotFound.area(code));
        return "forward:/monitor-report.html";
    }
}
