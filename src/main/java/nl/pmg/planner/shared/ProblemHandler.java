package nl.pmg.planner.shared;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every failure to RFC 9457 problem+json with a stable {@code code}. Client faults carry a
 * clear detail; anything unexpected is a 500 with no stack trace or SQL, logged here instead.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<?> apiProblem(ApiProblem e, jakarta.servlet.http.HttpServletRequest request) {
        if (e.status() == HttpStatus.NOT_FOUND && NotFoundPage.wanted(request)) {
            return NotFoundPage.response(); // a browser on an unknown page or area: the site's own page
        }
        ProblemDetail p = problem(e.status(), e.code(), e.getMessage());
        e.extensions().forEach(p::setProperty);
        ResponseEntity<ProblemDetail> r = respond(p);
        if (e.headers().isEmpty()) {
            return r;
        }
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        e.headers().forEach(headers::set);
        return ResponseEntity.status(r.getStatusCode()).headers(headers).contentType(r.getHeaders().getContentType())
                .body(p);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "Parameter '" + e.getName() + "' has an invalid value '" + Text.shorten(String.valueOf(e.getValue())) + "'.");
        p.setProperty("parameter", e.getName());
        return respond(p);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "missing-parameter",
                "Parameter '" + e.getParameterName() + "' is required.");
        p.setProperty("parameter", e.getParameterName());
        return respond(p);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "missing-parameter",
                "Part '" + e.getRequestPartName() + "' is required.");
        p.setProperty("parameter", e.getRequestPartName());
        return respond(p);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                "The upload is larger than the configured limit (spring.servlet.multipart.max-file-size)."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-multipart",
                "The request is not a readable multipart/form-data upload."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e, jakarta.servlet.http.HttpServletRequest request) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ApiProblem p) {
                return apiProblem(p, request); // e.g. the body passed its size limit while being read
            }
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-body",
                "The request body is not valid JSON of the expected shape (check field names, types and enum values)."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        ProblemDetail p = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Content type " + Text.shorten(String.valueOf(e.getContentType())) + " is not accepted here.");
        p.setProperty("contentType", Text.shorten(String.valueOf(e.getContentType())));
        return respond(p);
    }

    /** A parameter the firewall refuses when it is read (e.g. with a NUL): a bad request like the others. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "The request contains characters that are not accepted (such as NUL or other control characters)."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> noResource(NoResourceFoundException e, jakarta.servlet.http.HttpServletRequest request) {
        if (NotFoundPage.wanted(request)) {
            return NotFoundPage.response();
        }
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "There is nothing at this path."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        ProblemDetail p = problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Method " + e.getMethod() + " is not supported here.");
        p.setProperty("method", e.getMethod());
        return respond(p);
    }

    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        // the browser abandoned the request (e.g. the map moved on); nothing to answer, nothing wrong
        log.debug("client went away: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (clientAbort(e)) {
            log.debug("client went away: {}", e.toString());
            return null;
        }
        log.error("unexpected failure", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "An unexpected error occurred; it has been logged."));
    }

    private static boolean clientAbort(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:pmg-planner:problem:" + code));
        p.setTitle(status.getReasonPhrase());
        p.setProperty("code", code);
        return p;
    }

    /** In the request's language (Accept-Language: nl gets Dutch wording; the code and members never change). */
    static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        String lang = Texts.lang();
        java.util.Map<String, Object> members = new java.util.HashMap<>(p.getProperties() == null ? java.util.Map.of() : p.getProperties());
        members.put("detail", p.getDetail());
        Texts.localise(members, lang);
        p.setDetail((String) members.get("detail"));
        return ResponseEntity.status(p.getStatus()).header("Content-Language", lang)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
