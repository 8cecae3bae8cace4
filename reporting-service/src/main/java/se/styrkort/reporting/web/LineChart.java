package se.styrkort.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A time series drawn on the server as SVG: one line per series over the periods, each with its own
 * dash and marker shape so that they part without colour. The page shows the same numbers in a
 * table under it, so the picture is marked as such for screen readers and says what it shows.
 */
public final class LineChart {

    /** A series: its name, the CSS class that styles it, a marker shape, and a value per period (null: none). */
    public record Series(String name, String cssClass, String marker, List<BigDecimal> values) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 280;
    private static final int LEFT = 80;
    private static final int RIGHT = 80;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private LineChart() {
    }

    public static String svg(String title, List<String> periods, List<Series> series) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    min = min == null || v.compareTo(min) < 0 ? v : min;
                    max = max == null || v.compareTo(max) > 0 ? v : max;
                }
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" focusable=\"false\">");
        if (min == null || periods.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        double lo = Math.min(0, min.doubleValue());
        double hi = max.doubleValue() <= lo ? lo + 1 : max.doubleValue() * 1.1;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int n = periods.size();
        double step = n == 1 ? 0 : plotW / (n - 1);
        // Axes and a few grid lines with their values.
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = TOP + plotH - plotH * i / 4;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>");
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(escape(Sv.dec(BigDecimal.valueOf(v), 1))).append("</text>");
        }
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? LEFT + plotW / 2 : LEFT + step * i;
            svg.append("<text class=\"axis\" x=\"").append(f(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\">").append(escape(periods.get(i))).append("</text>");
        }
        for (Series s : series) {
            List<String> points = new ArrayList<>();
            StringBuilder markers = new StringBuilder();
            for (int i = 0; i < n; i++) {
                BigDecimal v = i < s.values().size() ? s.values().get(i) : null;
                if (v == null) {
                    if (points.size() > 1) {
                        svg.append(polyline(s, points));
                    }
                    points.clear();
                    continue;
                }
                double x = n == 1 ? LEFT + plotW / 2 : LEFT + step * i;
                double y = TOP + plotH - plotH * (v.doubleValue() - lo) / (hi - lo);
                points.add(f(x) + "," + f(y));
                markers.append(marker(s.marker(), x, y, s.cssClass()));
            }
            if (points.size() > 1) {
                svg.append(polyline(s, points));
            }
            svg.append(markers);
        }
        return svg.append("</svg>").toString();
    }

    private static String polyline(Series s, List<String> points) {
        return "<polyline class=\"line " + s.cssClass() + "\" points=\"" + String.join(" ", points) + "\"/>";
    }

    private static String marker(String shape, double x, double y, String cssClass) {
        return switch (shape) {
            case "square" -> "<rect class=\"mark " + cssClass + "\" x=\"" + f(x - 4) + "\" y=\"" + f(y - 4)
                    + "\" width=\"8\" height=\"8\"/>";
            case "triangle" -> "<polygon class=\"mark " + cssClass + "\" points=\"" + f(x) + "," + f(y - 5) + " " + f(x - 5)
                    + "," + f(y + 4) + " " + f(x + 5) + "," + f(y + 4) + "\"/>";
            case "none" -> "";
            default -> "<circle class=\"mark " + cssClass + "\" cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"4\"/>";
        };
    }

    private static String f(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
