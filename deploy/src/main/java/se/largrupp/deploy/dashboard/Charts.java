package se.largrupp.deploy.dashboard;

import java.util.List;

/**
 * Bar charts drawn on the server as inline SVG: no script, no external library, readable offline. Each chart has
 * a title for screen readers and is followed on the page by the table of its figures.
 */
final class Charts {
    static final int WIDTH = 640, HEIGHT = 220, LEFT = 40, BOTTOM = 30, TOP = 10;

    /** One series of a chart: its name (in the legend) and its CSS class (its colour). */
    record Series(String name, String cssClass, List<Integer> values) {}

    private Charts() {}

    /** Vertical bars per label, the series side by side; {@code max} fixes the scale (100 for percentages), 0 for auto. */
    static String bars(String id, String title, List<String> labels, List<Series> series, int max) {
        int top = max > 0 ? max : Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).max().orElse(1));
        int plotW = WIDTH - LEFT - 10, plotH = HEIGHT - BOTTOM - TOP;
        double slot = (double) plotW / Math.max(1, labels.size());
        double bar = Math.max(2, (slot - 6) / Math.max(1, series.size()));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT + 20 * series.size())
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            int y = TOP + plotH - plotH * i / 4;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\"/><text class=\"axis\" x=\"").append(LEFT - 4).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(top * i / 4).append("</text>");
        }
        for (int l = 0; l < labels.size(); l++) {
            double x0 = LEFT + l * slot + 3;
            for (int s = 0; s < series.size(); s++) {
                Integer v = series.get(s).values().get(l);
                int h = v == null ? 0 : (int) Math.round((double) plotH * Math.min(v, top) / top);
                svg.append("<rect class=\"").append(series.get(s).cssClass()).append("\" x=\"").append(fmt(x0 + s * bar))
                        .append("\" y=\"").append(TOP + plotH - h).append("\" width=\"").append(fmt(bar - 1)).append("\" height=\"").append(h)
                        .append("\"><title>").append(Html.escape(labels.get(l) + " · " + series.get(s).name() + ": " + (v == null ? "–" : v)))
                        .append("</title></rect>");
            }
            svg.append("<text class=\"axis\" x=\"").append(fmt(x0 + slot / 2 - 3)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(labels.get(l))).append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            int y = HEIGHT + 20 * s;
            svg.append("<rect class=\"").append(series.get(s).cssClass()).append("\" x=\"").append(LEFT).append("\" y=\"").append(y - 10)
                    .append("\" width=\"12\" height=\"12\"/><text class=\"legend\" x=\"").append(LEFT + 18).append("\" y=\"").append(y)
                    .append("\">").append(Html.escape(series.get(s).name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
