package nl.pmg.planner.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF (openhtmltopdf on PDFBox). The page must be well-formed XHTML; {@code @page} in its CSS sets
 * the paper (A4 for reports). Text is set in DejaVu Sans, embedded, so every character we write (ë, →, −, ≥,
 * €) prints. Inline {@code <svg>} is drawn as vectors (Batik), so maps stay sharp.
 */
public final class Pdf {

    /** Font family name to use in the page's CSS. */
    public static final String FONT = "DejaVu Sans";

    private static final byte[] REGULAR = font("print/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("print/fonts/DejaVuSans-Bold.ttf");

    private Pdf() {
    }

    /** The PDF of an XHTML document; title and language come from its head and html element. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> new java.io.ByteArrayInputStream(REGULAR), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(BOLD), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PDF", e);
        }
        return out.toByteArray();
    }

    /** Text escaped for XHTML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static byte[] font(String resource) {
        try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
