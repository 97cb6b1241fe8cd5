package org.yuanliu.indexer.read;

import java.time.Duration;

/**
 * Limits (and the OCR switch) that keep one bad file from exhausting memory or time. Files beyond them are rejected with a
 * message naming the limit and how to raise it.
 *
 * @param maxBytes largest file accepted
 * @param maxPages most pages read from a PDF
 * @param timeout  longest time spent reading one file
 * @param ocr      recognise scans with Tesseract when it is installed
 */
public record ReaderLimits(long maxBytes, int maxPages, Duration timeout, boolean ocr) {
    public static final ReaderLimits DEFAULTS = new ReaderLimits(200L * 1024 * 1024, 2000, Duration.ofSeconds(120), true);

    public ReaderLimits withOcr(boolean enabled) {
        return new ReaderLimits(maxBytes, maxPages, timeout, enabled);
    }
}
