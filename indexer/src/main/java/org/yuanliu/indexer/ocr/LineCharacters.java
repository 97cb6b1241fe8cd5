package org.yuanliu.indexer.ocr;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.indexer.ocr.RecognisedLine.Box;
import org.yuanliu.indexer.ocr.RecognisedLine.Word;

/**
 * Boxes each character of a line that a recogniser read as a whole (a detected quadrilateral and its text): the
 * characters share the line's length by their widths (an ideograph or full-width mark one em, Latin letters and
 * digits half of one), and each stands on the line's bottom where it stands, so a slightly skewed scan gives every
 * character the height of its own part of the line. A character's box is one em high, the em measured from the
 * characters' pitch: a detected box's height varies with its padding and a line's content (a short last line of a
 * paragraph comes back lower than the full lines around it), the pitch of the same type does not.
 */
final class LineCharacters {
    /** An ASCII letter, digit or space is set about half as wide as an ideograph. */
    private static final float HALF_WIDTH = 0.5f;

    private LineCharacters() {
    }

    /**
     * @param x the quadrilateral's corners, clockwise from top left (top left, top right, bottom right, bottom left)
     * @param y the same corners' y
     */
    static RecognisedLine line(int[] x, int[] y, String text, float confidence) {
        int[] codePoints = text.codePoints().toArray();
        float units = 0;
        for (int cp : codePoints) {
            units += width(cp);
        }
        float left = (x[0] + x[3]) / 2f;
        float right = (x[1] + x[2]) / 2f;
        float unit = units == 0 ? 0 : (right - left) / units;
        List<Word> words = new ArrayList<>();
        float at = left;
        for (int cp : codePoints) {
            float w = width(cp) * unit;
            if (!Character.isWhitespace(cp)) {
                float share = right == left ? 0 : (at + w / 2 - left) / (right - left);
                float top = y[0] + share * (y[1] - y[0]);
                float bottom = y[3] + share * (y[2] - y[3]);
                float em = Math.min(unit, bottom - top); // a line of one or two characters: the box is the better measure
                float middle = (top + bottom) / 2;
                words.add(new Word(new Box(Math.round(at), Math.round(middle - em / 2), Math.max(1, Math.round(w)),
                        Math.max(1, Math.round(em))), confidence, new String(Character.toChars(cp))));
            }
            at += w;
        }
        int top = Math.min(y[0], y[1]);
        int bottom = Math.max(y[2], y[3]);
        int x0 = Math.min(x[0], x[3]);
        int x1 = Math.max(x[1], x[2]);
        return new RecognisedLine(new Box(x0, top, x1 - x0, bottom - top), words);
    }

    private static float width(int codePoint) {
        return codePoint < 0x80 ? HALF_WIDTH : 1;
    }
}
