package org.yuanliu.indexer.corpus;

import java.util.Objects;

/**
 * Where a document's bytes live, in a form that survives a move of the whole data directory: a path below one of
 * the registered roots ({@code samples:政策/通知.pdf}, {@code upload:7f3c…/通知.pdf}), or an absolute path for a file
 * named on the command line ({@code file:/srv/corpus/通知.pdf}). Two files with the same name in two places are two
 * locations; the document registry (the {@code locations} of each document record) is made of these.
 */
public record Location(Scheme scheme, String path) {

    /** The kinds of place a document can come from. */
    public enum Scheme {
        /** below the sample corpus directory */
        SAMPLES("samples"),
        /** below the upload directory, one sub-directory per upload */
        UPLOAD("upload"),
        /** an absolute path, indexed with the command line */
        FILE("file");

        private final String prefix;

        Scheme(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public Location {
        Objects.requireNonNull(scheme, "scheme");
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a location needs a path");
        }
        path = path.replace('\\', '/');
    }

    /** Reads the stored form ({@code scheme:path}). */
    public static Location parse(String stored) {
        int colon = stored == null ? -1 : stored.indexOf(':');
        if (colon > 0) {
            String prefix = stored.substring(0, colon);
            for (Scheme scheme : Scheme.values()) {
                if (scheme.prefix.equals(prefix)) {
                    return new Location(scheme, stored.substring(colon + 1));
                }
            }
        }
        throw new IllegalArgumentException("not a document location: " + stored
                + " (expected samples:…, upload:… or file:…)");
    }

    /** The stored form, also the key a location is compared by. */
    @Override
    public String toString() {
        return scheme.prefix + ":" + path;
    }
}
