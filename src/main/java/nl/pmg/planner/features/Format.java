package nl.pmg.planner.features;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.pmg.planner.shared.ApiProblem;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * The representations the OGC resources come in, and content negotiation between them: the
 * {@code f} parameter wins, then the {@code Accept} header (by quality and specificity); no or a
 * wildcard Accept gets the resource's first format. An Accept none of them meets is a 406 problem,
 * never a 500.
 */
enum Format {
    JSON("json", MediaType.APPLICATION_JSON),
    GEOJSON("json", MediaType.parseMediaType("application/geo+json")),
    HTML("html", MediaType.TEXT_HTML),
    MVT("mvt", MediaType.parseMediaType("application/vnd.mapbox-vector-tile"));

    private final String f;
    private final MediaType type;

    Format(String f, MediaType type) {
        this.f = f;
        this.type = type;
    }

    MediaType type() {
        return type;
    }

    /** Picks one of {@code offered} (first = default) for the request. */
    static Format negotiate(HttpServletRequest request, List<Format> offered) {
        String f = request.getParameter("f");
        if (f != null) {
            for (Format o : offered) {
                if (o.f.equals(f) || (o == GEOJSON && f.equals("geojson"))) {
                    return o;
                }
            }
            throw new InvalidParameter("f", "f must be one of " + offered.stream().map(o -> o.f).distinct().toList()
                    + ", not '" + Text.shorten(f) + "'.");
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return offered.get(0);
        }
        MimeTypeUtils.sortBySpecificity(wanted);
        wanted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType w : wanted) {
            if (w.getQualityValue() == 0) {
                continue;
            }
            for (Format o : offered) {
                if (w.isWildcardType() ? true : w.includes(o.type) || (o == GEOJSON && w.includes(MediaType.APPLICATION_JSON))) {
                    return o;
                }
            }
        }
        throw new NotAcceptable(offered);
    }

    /** 406: the Accept header names no representation this resource has. */
    static final class NotAcceptable extends ApiProblem {
        private final List<String> available;

        NotAcceptable(List<Format> offered) {
            super(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "This resource is available as "
                    + offered.stream().map(o -> o.type.toString()).toList() + " only.");
            this.available = offered.stream().map(o -> o.type.toString()).toList();
        }

        @Override
        public java.util.Map<String, Object> extensions() {
            return java.util.Map.of("available", available);
        }
    }
}
