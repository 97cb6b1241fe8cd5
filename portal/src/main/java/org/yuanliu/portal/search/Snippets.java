package org.yuanliu.portal.search;

import java.util.List;

/**
 * Safe HTML for highlighted text. Elasticsearch marks hits with two private-use characters instead of tags;
 * the fragment is then HTML-escaped as a whole and only those characters become {@code <mark>}, so markup in
 * the source text (a stray {@code <script>} from a PDF) is shown as text and never interpreted.
 */
public final class Snippets {
    public static final String PRE = "\uE000";
    public static final String POST = "\uE001";

    private Snippets() {
    }

    /** Joins highlight fragments with an ellipsis, or shows the start of the text when nothing was highlighted. */
    public static String html(List<String> fragments, String fallbackText, int fallbackLength) {
        if (fragments != null && !fragments.isEmpty()) {
            return String.join(" … ", fragments.stream().map(Snippets::markHits).toList());
        }
        String text = fallbackText == null ? "" : fallbackText;
        boolean cut = text.codePointCount(0, text.length()) > fallbackLength;
        String start = cut ? text.substring(0, text.offsetByCodePoints(0, fallbackLength)) : text;
        return escape(strip(start)) + (cut ? "…" : "");
    }

    /** Escapes the fragment; balanced hit markers become {@code <mark>…</mark>}, stray ones are dropped. */
    static String markHits(String fragment) {
        StringBuilder html = new StringBuilder(fragment.length() + 32);
        boolean open = false;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == PRE.charAt(0)) {
                if (!open) {
                    html.append("<mark>");
                    open = true;
                }
            } else if (c == POST.charAt(0)) {
                if (open) {
                    html.append("</mark>");
                    open = false;
                }
            } else {
                appendEscaped(html, c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    public static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(html, text.charAt(i));
        }
        return html.toString();
    }

    private static String strip(String text) {
        return text.replace(PRE, "").replace(POST, "");
    }

    private static void appendEscaped(StringBuilder html, char c) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
