package org.yuanliu.indexer.read;

import java.time.Duration;

/**
 * Limits that keep one bad file from exhausting memory or time. Files beyond them are rejected with a
 * message naming the limit and how to raise it.
 *
 * @param maxBytes largest file accepted
 * @param maxPages most pages read from a PDF
 * @param timeout  longest time spent reading one file
 */
public record ReaderLimits(long maxBytes, int maxPages, Duration timeout) {
    public static final ReaderLimits DEFAULTS = new ReaderLimits(200L * 1024 * 1024, 2000, Duration.ofSeconds(120));
}
