package org.yuanliu.indexer.pipeline;

import java.nio.file.Path;

import org.yuanliu.indexer.document.RejectedFile;

/** What happened to one file. {@code reason} and {@code message} are set for failures only. */
public record Outcome(Path file, String name, Status status, RejectedFile.Reason reason, String message, int pages,
                      String documentId) {
    public enum Status { INDEXED, UNCHANGED, FAILED }

    public static Outcome failed(Path file, String name, RejectedFile.Reason reason, String message) {
        return new Outcome(file, name, Status.FAILED, reason, message, 0, null);
    }
}
