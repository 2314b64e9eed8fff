package nl.pmg.planner.shared;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code /error} (a JSON or HTML page of its own shape) so that errors raised
 * outside the controllers — a servlet filter's {@code sendError}, such as the security firewall refusing
 * a {@code ;} or an encoded {@code %} in the path — are problem+json with a {@code code} too.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = attribute instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.resolve(i)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String code = switch (status.value()) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "upload-too-large";
            default -> status.is5xxServerError() ? "internal-error" : "bad-request";
        };
        String detail = status.is5xxServerError() ? "An unexpected error occurred; it has been logged."
                : "The request was refused: " + status.getReasonPhrase() + ".";
        return ProblemHandler.respond(ProblemHandler.problem(status, code, detail));
    }
}
