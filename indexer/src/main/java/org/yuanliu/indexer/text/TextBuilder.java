package org.yuanliu.indexer.text;

/**
 * Builds passage text from pieces (words, lines) the way a reader would type it. Whitespace between two
 * pieces survives only between Latin letters or digits ("Coordinating Committee"); next to Chinese text it
 * is layout, not content ("1949 年" → "1949年", letter-spaced "模 板 应 用" → "模板应用"). A hyphen at
 * a line end between Latin letters is a word broken by justification and is removed.
 */
public final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;

    /** Appends text printed on one line; {@code separated} says whether a visual gap precedes it. */
    public TextBuilder append(String piece, boolean separated) {
        String normalized = CharNormalizer.normalize(piece);
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                pendingSpace = true;
                continue;
            }
            if (separated) {
                pendingSpace = true;
                separated = false;
            }
            if (pendingSpace && text.length() > 0) {
                int last = text.codePointBefore(text.length());
                if (!CharNormalizer.isCjk(last) && !CharNormalizer.isCjk(cp)) {
                    text.append(' ');
                }
            }
            pendingSpace = false;
            text.appendCodePoint(cp);
        }
        return this;
    }

    /** Starts a new printed line: joins it to the text so far by the CJK line-joining rules. */
    public TextBuilder lineBreak() {
        int n = text.length();
        if (n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                && !CharNormalizer.isCjk(text.charAt(n - 2))) {
            text.setLength(n - 1); // re-join a hyphenated Latin word; the next piece continues it
            pendingSpace = false;
            return this;
        }
        pendingSpace = true;
        return this;
    }

    /** Offset at which the next character will be appended (a pending space is not counted). */
    public int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString().strip();
    }
}
