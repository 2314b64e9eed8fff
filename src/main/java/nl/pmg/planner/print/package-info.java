/**
 * Print output any feature can use: {@link nl.pmg.planner.print.Pdf} renders an XHTML page (A4, CSS paged
 * media, inline SVG) to PDF with embedded DejaVu fonts, and {@link nl.pmg.planner.print.SvgMap} draws a
 * choropleth of our own RD New geometry as SVG with a scale bar. No browser, nothing from outside.
 */
package nl.pmg.planner.print;
