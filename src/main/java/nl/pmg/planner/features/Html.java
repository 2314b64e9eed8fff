package nl.pmg.planner.features;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Plain server-rendered HTML of the OGC resources (conformance class html): a heading, a short
 * text, the resource's links and, for feature lists, a table of their properties. No script, one
 * stylesheet, so it reads well in any browser and in a screen reader.
 */
final class Html {

    private final StringBuilder sb = new StringBuilder(8192);

    Html(String title) {
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" — Preventie met Gezag geodata</title>")
                .append("<link rel=\"stylesheet\" href=\"/ogc.css\"></head><body><main>")
                .append("<p class=\"crumb\"><a href=\"/api?f=html\">Geodata service</a> · <a href=\"/api/collections?f=html\">collections</a></p>")
                .append("<h1>").append(esc(title)).append("</h1>");
    }

    Html text(String text) {
        sb.append("<p>").append(esc(text)).append("</p>");
        return this;
    }

    Html heading(String text) {
        sb.append("<h2>").append(esc(text)).append("</h2>");
        return this;
    }

    /** The links of a resource as a list: title (or rel), media type. */
    @SuppressWarnings("unchecked")
    Html links(List<?> links) {
        sb.append("<ul class=\"links\">");
        for (Object o : links) {
            Map<String, Object> l = (Map<String, Object>) o;
            Object label = l.get("title") != null ? l.get("title") : l.get("rel");
            sb.append("<li><a href=\"").append(esc(String.valueOf(l.get("href")))).append("\">").append(esc(String.valueOf(label)))
                    .append("</a> <small>").append(esc(String.valueOf(l.get("rel")))).append(", ")
                    .append(esc(String.valueOf(l.get("type")))).append("</small></li>");
        }
        sb.append("</ul>");
        return this;
    }

    Html list(List<String> items) {
        sb.append("<ul>");
        items.forEach(i -> sb.append("<li>").append(esc(i)).append("</li>"));
        sb.append("</ul>");
        return this;
    }

    /** A table: header cells, then rows; a cell that is a {@code String[] {text, href}} becomes a link. */
    Html table(List<String> header, List<List<Object>> rows) {
        sb.append("<table><thead><tr>");
        header.forEach(h -> sb.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
        sb.append("</tr></thead><tbody>");
        for (List<Object> row : rows) {
            sb.append("<tr>");
            for (Object cell : row) {
                sb.append("<td>");
                if (cell instanceof String[] link) {
                    sb.append("<a href=\"").append(esc(link[1])).append("\">").append(esc(link[0])).append("</a>");
                } else {
                    sb.append(cell == null ? "" : esc(String.valueOf(cell)));
                }
                sb.append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        return this;
    }

    byte[] bytes() {
        return sb.append("<footer>Bron: CBS, PDOK; misdrijven: Politie, via CBS — CC BY 4.0</footer></main></body></html>")
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
