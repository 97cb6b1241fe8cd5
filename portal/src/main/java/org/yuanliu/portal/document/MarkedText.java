package org.yuanliu.portal.document;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.search.Marker;
import org.yuanliu.portal.search.Snippets;

/**
 * A passage's text as safe HTML in which each footnote mark (①, [7]) links to its note. The indexer takes the marks
 * out of the text and records where they stood ({@link Marker#offset()}); they are put back there as links. Text
 * that still carries its marks (no offsets recorded) is scanned for them instead. Everything else is escaped, so no
 * markup from the source survives and links are never nested.
 */
final class MarkedText {
    /** Prefix of the anchor keys that name a note by id rather than by its mark. */
    static final String NOTE = "note:";

    private MarkedText() {
    }

    /** @param anchors note id ({@link #NOTE} + id) or mark → the id of the note element it opens */
    static String html(String text, List<Marker> markers, Map<String, String> anchors) {
        if (text == null) {
            return "";
        }
        if (markers == null || markers.isEmpty()) {
            return scanned(text, anchors);
        }
        List<Marker> placed = markers.stream().filter(m -> m.offset() != null && m.symbol() != null)
                .sorted(Comparator.comparingInt(Marker::offset)).toList();
        StringBuilder html = new StringBuilder(text.length() + 64 * placed.size());
        int from = 0;
        for (Marker m : placed) {
            int at = Math.max(from, Math.min(m.offset(), text.length()));
            html.append(Snippets.escape(text.substring(from, at)));
            String anchor = anchor(m, anchors);
            if (anchor == null) {
                html.append("<sup>").append(Snippets.escape(m.symbol())).append("</sup>");
            } else {
                link(html, anchor, m.symbol());
            }
            from = at;
        }
        html.append(Snippets.escape(text.substring(from)));
        return html.toString();
    }

    private static String anchor(Marker m, Map<String, String> anchors) {
        if (m.noteIds() != null) {
            for (String id : m.noteIds()) {
                String anchor = anchors.get(NOTE + id);
                if (anchor != null) {
                    return anchor;
                }
            }
        }
        return anchors.get(m.symbol());
    }

    private static String scanned(String text, Map<String, String> anchors) {
        // longest first, so that [10] is not read as [1] followed by 0]
        List<String> marks = anchors.keySet().stream().filter(MarkedText::isMark)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder html = new StringBuilder(text.length() + 64);
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String mark : marks) {
                if (text.startsWith(mark, i)) {
                    link(html, anchors.get(mark), mark);
                    i += mark.length();
                    continue outer;
                }
            }
            html.append(Snippets.escape(String.valueOf(text.charAt(i))));
            i++;
        }
        return html.toString();
    }

    private static void link(StringBuilder html, String anchor, String symbol) {
        html.append("<a class=\"fn\" href=\"#").append(Snippets.escape(anchor)).append("\"><sup>")
                .append(Snippets.escape(symbol)).append("</sup></a>");
    }

    /** Bare digits or letters would match inside ordinary words; real marks carry a symbol or bracket. */
    private static boolean isMark(String mark) {
        return mark != null && !mark.isBlank() && !mark.startsWith(NOTE) && !mark.chars().allMatch(Character::isLetterOrDigit);
    }
}
