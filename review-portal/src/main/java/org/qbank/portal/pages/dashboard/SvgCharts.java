package org.qbank.portal.pages.dashboard;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Small server-rendered SVG bar charts: no script, readable without colour (values are printed), with a title and
 * description for screen readers.
 */
final class SvgCharts {

    /** One bar; {@code target} (may be null) is drawn as a marker line, e.g. what the blueprint needs. */
    record Bar(String label, int value, Integer target) {
    }

    private static final int ROW = 28;
    private static final int LABEL = 190;
    private static final int WIDTH = 640;

    private SvgCharts() {
    }

    /** Horizontal bars, one row per entry. */
    static String horizontal(String title, String description, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(b -> Math.max(b.value(), b.target() == null ? 0 : b.target())).max().orElse(1));
        int plot = WIDTH - LABEL - 70;
        int height = bars.size() * ROW + 10;
        StringBuilder svg = open(title, description, WIDTH, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * ROW;
            int w = (int) Math.round((double) b.value() / max * plot);
            boolean shortOf = b.target() != null && b.value() < b.target();
            svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" class=\"lbl\">").append(esc(clip(b.label()))).append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(w, 1))
                    .append("\" height=\"").append(ROW - 10).append("\" class=\"").append(shortOf ? "bar short" : "bar")
                    .append("\"/>");
            if (b.target() != null) {
                int x = LABEL + (int) Math.round((double) b.target() / max * plot);
                svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(y)
                        .append("\" y2=\"").append(y + ROW - 2).append("\" class=\"target\"/>");
            }
            svg.append("<text x=\"").append(LABEL + Math.max(w, 1) + 6).append("\" y=\"").append(y + 17)
                    .append("\" class=\"val\">").append(b.value())
                    .append(b.target() == null ? "" : " / 需 " + b.target()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical columns (a histogram). */
    static String columns(String title, String description, List<Bar> bars) {
        int height = 220;
        int base = height - 30;
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int slot = Math.max(40, (WIDTH - 40) / Math.max(1, bars.size()));
        StringBuilder svg = open(title, description, WIDTH, height);
        svg.append("<line x1=\"20\" x2=\"").append(WIDTH - 10).append("\" y1=\"").append(base).append("\" y2=\"")
                .append(base).append("\" class=\"axis\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int h = (int) Math.round((double) b.value() / max * (base - 30));
            int x = 30 + i * slot;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(base - h).append("\" width=\"").append(slot - 16)
                    .append("\" height=\"").append(Math.max(h, 1)).append("\" class=\"bar\"/>");
            svg.append("<text x=\"").append(x + (slot - 16) / 2).append("\" y=\"").append(base - h - 6)
                    .append("\" text-anchor=\"middle\" class=\"val\">").append(b.value()).append("</text>");
            svg.append("<text x=\"").append(x + (slot - 16) / 2).append("\" y=\"").append(base + 18)
                    .append("\" text-anchor=\"middle\" class=\"lbl\">").append(esc(b.label())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, String description, int width, int height) {
        String id = Integer.toHexString((title + description).hashCode());
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"t").append(id).append(" d")
                .append(id).append("\"><title id=\"t").append(id).append("\">").append(esc(title))
                .append("</title><desc id=\"d").append(id).append("\">").append(esc(description)).append("</desc>");
    }

    private static String clip(String s) {
        return s.length() > 14 ? s.substring(0, 13) + "…" : s;
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
