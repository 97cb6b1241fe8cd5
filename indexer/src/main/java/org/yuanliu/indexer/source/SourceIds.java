package org.yuanliu.indexer.source;

import java.nio.charset.StandardCharsets;

import org.yuanliu.indexer.document.ContentHash;

/**
 * Source keys double as Elasticsearch ids, which may not exceed 512 bytes. A key that would be longer (a badly
 * parsed note can run on) keeps a readable head and ends in a hash of the whole key, so it stays unique.
 */
public final class SourceIds {
    static final int MAX_BYTES = 240;
    private static final int HEAD_CHARS = 40;

    private SourceIds() {
    }

    public static String of(String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return key;
        }
        int end = key.offsetByCodePoints(0, Math.min(HEAD_CHARS, key.codePointCount(0, key.length())));
        return key.substring(0, end) + "~" + ContentHash.of(key).substring(0, 16);
    }
}
