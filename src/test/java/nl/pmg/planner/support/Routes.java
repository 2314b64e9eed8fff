package nl.pmg.planner.support;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's own route list, as "METHOD /pattern" (a mapping without a method counts as GET). */
public final class Routes {

    private Routes() {
    }

    public static Set<String> of(RequestMappingHandlerMapping mapping) {
        Set<String> out = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    out.add("GET " + pattern);
                }
                for (RequestMethod m : methods) {
                    out.add(m.name() + " " + pattern);
                }
            }
        }
        return out;
    }
}
