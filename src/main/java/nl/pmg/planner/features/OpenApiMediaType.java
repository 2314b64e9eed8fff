package nl.pmg.planner.features;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API definition is linked from the landing page as {@code application/vnd.oai.openapi+json;
 * version=3.0} (OGC API – Features, conformance class oas30). A client asking for that type gets the
 * JSON document springdoc writes, labelled so, instead of a 406.
 */
@Component
class OpenApiMediaType extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().equals(request.getContextPath() + "/v3/api-docs") || accept == null
                || !accept.contains("application/vnd.oai.openapi+json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest asJson = new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return name.equalsIgnoreCase("Accept") ? "application/json" : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return name.equalsIgnoreCase("Accept") ? Collections.enumeration(java.util.List.of("application/json"))
                        : super.getHeaders(name);
            }
        };
        HttpServletResponse labelled = new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(type != null && type.startsWith("application/json")
                        ? LandingController.OPENAPI_30 : type);
            }

            @Override
            public void setHeader(String name, String value) {
                if (name.equalsIgnoreCase("Content-Type")) {
                    setContentType(value);
                } else {
                    super.setHeader(name, value);
                }
            }
        };
        chain.doFilter(asJson, labelled);
    }
}
