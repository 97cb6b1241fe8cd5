package org.yuanliu.portal.ops;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One file of an indexing job.
 *
 * @param name       the file name
 * @param status     queued, indexed, unchanged, failed, deleted, not_found, replaced, kept (a rebuild could not read it again and kept it) or dropped
 * @param reason     for failures: why, as a keyword (e.g. {@code not_a_pdf}, {@code not_supported}, {@code encrypted}, {@code too_large})
 * @param message    for failures: what a person can do about it
 * @param pages      pages read
 * @param documentId the indexed document's id (links to its page)
 */
@Serdeable
public record FileReport(String name, String status, @Nullable String reason, @Nullable String message, int pages,
                         @Nullable String documentId) {

    public boolean failed() {
        return "failed".equals(status);
    }
}
