package org.yuanliu.indexer.ocr;

import java.util.List;

/**
 * One line of text a recogniser read on a page image, with its box and its words (for a recogniser that reads
 * whole lines, one word per character, boxed along the line). Pixels, top-left origin.
 */
record RecognisedLine(Box box, List<Word> words) {
    RecognisedLine {
        words = List.copyOf(words);
    }

    /** A box in image pixels, top-left origin. */
    record Box(int left, int top, int width, int height) {
        int bottom() {
            return top + height;
        }
    }

    record Word(Box box, float confidence, String text) {
    }
}
