package org.yuanliu.portal.document;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.search.Snippets;

/**
 * A passage's text as safe HTML in which each footnote marker (①, [7]) links to its note. The text is scanned
 * once: markers are recognised in the raw text and everything else is escaped, so no markup from the source
 * survives and links are never nested.
 */
final class MarkedText {
    private MarkedText() {
    }

    /** @param anchors marker → the id of the note it opens */
    static String html(String text, Map<String, String> anchors) {
        if (text == null) {
            return "";
        }
        // longest first, so that [10] is not read as [1] followed by 0]
        List<String> markers = anchors.keySet().stream().filter(MarkedText::isMarker)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder html = new StringBuilder(text.length() + 64);
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String marker : markers) {
                if (text.startsWith(marker, i)) {
                    html.append("<a class=\"fn\" href=\"#").append(Snippets.escape(anchors.get(marker))).append("\"><sup>")
                            .append(Snippets.escape(marker)).append("</sup></a>");
                    i += marker.length();
                    continue outer;
                }
            }
            html.append(Snippets.escape(String.valueOf(text.charAt(i))));
            i++;
        }
        return html.toString();
    }

    /** Bare digits or letters would match inside ordinary words; real markers carry a symbol or bracket. */
    private static boolean isMarker(String marker) {
        return marker != null && !marker.isBlank() && !marker.chars().allMatch(Character::isLetterOrDigit);
    }
}
