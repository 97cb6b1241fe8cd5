package org.yuanliu.citation.text;

import java.util.ArrayList;
import java.util.List;

/** Splitting and matching that respects 《》〈〉（）()“”【】[] nesting, so separators inside titles are kept. */
public final class Brackets {

    private static final String OPEN = "《〈（(“‘【[「『";
    private static final String CLOSE = "》〉）)”’】]」』";

    private Brackets() {
    }

    /** Index just past the bracket closing the one opened at {@code open}, or -1 when it is never closed. */
    public static int matchingEnd(String s, int open) {
        char o = s.charAt(open);
        int kind = OPEN.indexOf(o);
        if (kind < 0) {
            throw new IllegalArgumentException("not an opening bracket at " + open);
        }
        char c = CLOSE.charAt(kind);
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == o) {
                depth++;
            } else if (x == c && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Splits on any of {@code separators} found outside brackets; parts are stripped, empty parts dropped. */
    public static List<String> splitTopLevel(String s, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                add(parts, s.substring(start, i));
                start = i + 1;
            }
        }
        add(parts, s.substring(start));
        return parts;
    }

    /** Index of the first {@code target} outside brackets at or after {@code from}, or -1. */
    public static int indexOfTopLevel(String s, char target, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (depth == 0 && c == target) {
                return i;
            }
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    private static void add(List<String> parts, String part) {
        String p = part.strip();
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }
}
