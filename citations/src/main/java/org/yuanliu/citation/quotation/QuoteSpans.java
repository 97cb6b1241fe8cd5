package org.yuanliu.citation.quotation;

import java.util.ArrayList;
import java.util.List;

/** Top-level quotation-mark pairs “…” 「…」 『…』 in a paragraph; inner ‘…’ and nested pairs stay inside. */
final class QuoteSpans {

    private static final String OPEN = "“「『";
    private static final String CLOSE = "”」』";

    /** open = index of the opening mark, close = index of the closing mark. */
    record Span(int open, int close) {
    }

    private QuoteSpans() {
    }

    static List<Span> find(String p) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            int kind = OPEN.indexOf(p.charAt(i));
            if (kind < 0) {
                i++;
                continue;
            }
            int close = matching(p, i, OPEN.charAt(kind), CLOSE.charAt(kind));
            if (close < 0) {
                i++; // an unclosed mark (text cut by a page break) quotes nothing
                continue;
            }
            spans.add(new Span(i, close));
            i = close + 1;
        }
        return spans;
    }

    private static int matching(String p, int open, char o, char c) {
        int depth = 0;
        for (int i = open; i < p.length(); i++) {
            char x = p.charAt(i);
            if (x == o) {
                depth++;
            } else if (x == c && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
