package org.yuanliu.portal.ops;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an indexing job did, file by file; kept after the fact ({@code GET /admin/api/jobs}).
 *
 * @param id         job id (sortable by time)
 * @param kind       startup (the sample corpus), upload, delete or rebuild
 * @param state      queued, running, done or failed
 * @param message    a summary, or why the job as a whole failed
 * @param queuedAt   when it was submitted
 * @param startedAt  when it started
 * @param finishedAt when it ended
 * @param files      one entry per file
 */
@Serdeable
public record IndexingReport(String id, String kind, String state, @Nullable String message, Instant queuedAt,
                             @Nullable Instant startedAt, @Nullable Instant finishedAt, List<FileReport> files) {

    public boolean finished() {
        return "done".equals(state) || "failed".equals(state);
    }

    public long count(String status) {
        return files.stream().filter(f -> status.equals(f.status())).count();
    }

    public long indexed() {
        return count("indexed");
    }

    public long unchanged() {
        return count("unchanged");
    }

    public long failed() {
        return count("failed");
    }

    public long pending() {
        return count("queued");
    }
}
