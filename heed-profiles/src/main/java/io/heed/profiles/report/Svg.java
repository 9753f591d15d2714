package io.heed.profiles.report;

import java.util.Locale;

/** A small SVG text builder: the document frame, escaping, a categorical palette and a diverging colour scale. */
final class Svg {
    /** Tableau 10: distinct, colour-blind-friendlier categorical colours (cycled beyond ten personas). */
    private static final String[] PALETTE = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
    };

    private final StringBuilder sb = new StringBuilder();

    Svg(int width, int height, String title) {
        sb.append(f(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">%n",
                width, height, width, height));
        sb.append("<title>").append(escape(title)).append("</title>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(10, 20, title, "font-weight=\"bold\" font-size=\"14\"");
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String colour(int persona) {
        return PALETTE[Math.floorMod(persona, PALETTE.length)];
    }

    /** Blue (v = -1) through white (0) to red (+1); v is clipped to [-1, 1]. */
    static String diverging(double v) {
        double t = Math.max(-1, Math.min(1, v));
        int r;
        int g;
        int b;
        if (t < 0) {
            r = (int) Math.round(255 + t * (255 - 33));
            g = (int) Math.round(255 + t * (255 - 102));
            b = (int) Math.round(255 + t * (255 - 172));
        } else {
            r = (int) Math.round(255 + t * (178 - 255));
            g = (int) Math.round(255 + t * (24 - 255));
            b = (int) Math.round(255 + t * (43 - 255));
        }
        return f("#%02x%02x%02x", r, g, b);
    }

    Svg raw(String element) {
        sb.append(element).append('\n');
        return this;
    }

    Svg text(double x, double y, String text, String attrs) {
        sb.append(
                f("<text x=\"%.1f\" y=\"%.1f\"%s>%s</text>%n", x, y, attrs.isEmpty() ? "" : " " + attrs, escape(text)));
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String attrs) {
        sb.append(f(
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s/>%n",
                x, y, Math.max(0, w), Math.max(0, h), fill, attrs.isEmpty() ? "" : " " + attrs));
        return this;
    }

    /** Opens one persona's group. */
    Svg openPersona(int persona, String label) {
        sb.append(f("<g class=\"persona\" data-persona=\"%d\" data-label=\"%s\">%n", persona, escape(label)));
        return this;
    }

    Svg close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    String done() {
        return sb.append("</svg>\n").toString();
    }
}
