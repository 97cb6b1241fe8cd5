package org.yuanliu.indexer.document;

import java.nio.file.Path;

/** A file that cannot be indexed, with a reason a person can act on. Never carries a stack trace to the user. */
public final class RejectedFile extends RuntimeException {
    /** Why a file was rejected; shown in the CLI summary and the indexing report. */
    public enum Reason {
        NOT_FOUND, EMPTY, CORRUPT, ENCRYPTED, NOT_SUPPORTED, NO_TEXT_LAYER, GARBLED_TEXT, TOO_LARGE, TIMEOUT, FAILED
    }

    private final transient Path file;
    private final Reason reason;

    public RejectedFile(Path file, Reason reason, String message) {
        super(message, null, false, false);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
