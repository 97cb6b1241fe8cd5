package org.yuanliu.indexer.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Reads the text lines, with their boxes, of one rendered page image. */
interface Recogniser {
    /** What the user is told recognised the text ("PP-OCRv4", "Tesseract"). */
    String name();

    /** The resolution pages are rendered at for this recogniser. */
    float dpi();

    /** How many pages to recognise at once: one per core for single-threaded processes, one for an engine using every core. */
    int parallelPages();

    /** @param deadline {@link System#nanoTime()} by which the page must be read */
    List<RecognisedLine> recognise(BufferedImage page, long deadline) throws IOException, InterruptedException;
}
