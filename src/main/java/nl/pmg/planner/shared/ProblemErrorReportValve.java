package nl.pmg.planner.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat refuses some requests before Spring sees them: an encoded '/', '\' or NUL in the path, a
 * request line or headers over the 8 KB limit. Those got Tomcat's HTML error page; this valve answers
 * them with problem+json like every other error. Errors Spring already answered have a body and are
 * left alone. Public with a no-argument constructor because Tomcat instantiates it by class name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String code = status >= 500 ? "internal-error" : status == 404 ? "not-found" : "bad-request";
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? "An unexpected error occurred; it has been logged."
                : "The request was refused before it reached the service (malformed or too long path, "
                        + "request line or headers).";
        String lang = Texts.lang(request.getHeader("Accept-Language"));
        if ("nl".equals(lang)) {
            detail = status >= 500 ? Texts.problem("internal-error", java.util.Map.of(), lang)
                    : Texts.textIn(lang, "problem.refused-early");
        }
        String body = "{\"type\":\"urn:pmg-planner:problem:" + code + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setHeader("Content-Language", lang);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response was committed meanwhile; nothing left to answer
        }
    }
}
