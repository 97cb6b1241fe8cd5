package org.yuanliu.facet;

/**
 * A passage prepared for matching: whitespace next to CJK text removed (pdftotext puts spaces between
 * Han characters and digits, "1978 年", and breaks lines inside words), other whitespace runs collapsed
 * to one space, every character folded ({@link Fold}). Each compact position maps back to its offset
 * in the original text so that evidence quotes the passage as it is.
 *
 * @param original     the passage
 * @param raw          compacted but not folded (for case-sensitive abbreviations such as US)
 * @param folded       compacted and folded
 * @param offsets      original offset of each compact character
 * @param spaceBefore  whether whitespace was removed right before each compact character
 */
public record CompactText(String original, String raw, String folded, int[] offsets, boolean[] spaceBefore) {

    public static CompactText of(String text) {
        int n = text.length();
        StringBuilder raw = new StringBuilder(n);
        StringBuilder folded = new StringBuilder(n);
        int[] offsets = new int[n];
        boolean[] spaceBefore = new boolean[n + 1];
        int i = 0;
        boolean pendingSpace = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (pendingSpace && raw.length() > 0) {
                char prev = raw.charAt(raw.length() - 1);
                // Keep one space only between two ASCII characters (English words, "Vol. 35").
                if (prev < 0x80 && c < 0x80) {
                    offsets[raw.length()] = i - 1;
                    raw.append(' ');
                    folded.append(' ');
                }
            }
            spaceBefore[raw.length()] = pendingSpace;
            pendingSpace = false;
            offsets[raw.length()] = i;
            raw.append(c);
            folded.append(Fold.fold(c));
            i++;
        }
        int len = raw.length();
        int[] trimmedOffsets = java.util.Arrays.copyOf(offsets, len);
        boolean[] trimmedSpace = java.util.Arrays.copyOf(spaceBefore, len + 1);
        trimmedSpace[len] = pendingSpace;
        return new CompactText(text, raw.toString(), folded.toString(), trimmedOffsets, trimmedSpace);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF'
                || c == '\u00AD';
    }

    public int length() {
        return folded.length();
    }

    public char at(int i) {
        return folded.charAt(i);
    }

    /** Original offset where compact position {@code start} begins. */
    public int originalStart(int start) {
        return start < offsets.length ? offsets[start] : original.length();
    }

    /** Original offset just after compact position {@code end - 1}. */
    public int originalEnd(int end) {
        return end == 0 ? 0 : offsets[end - 1] + 1;
    }

    /** Evidence for compact range [start, end), quoting the original text. */
    public Evidence evidence(int start, int end, Evidence.Kind kind) {
        int from = originalStart(start);
        int to = originalEnd(end);
        return new Evidence(original.substring(from, to), from, to, kind);
    }
}
