package org.yuanliu.portal.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Outcome;

/** A job's live state, updated by the indexing thread and read (as a {@link IndexingReport}) by the pages. */
final class IndexingJob {
    enum Kind { STARTUP, UPLOAD, DELETE, REBUILD }

    enum State { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final Kind kind;
    private final Instant queuedAt;
    private final Map<String, FileReport> files = new LinkedHashMap<>();
    private State state = State.QUEUED;
    private String message;
    private Instant startedAt;
    private Instant finishedAt;

    IndexingJob(String id, Kind kind, Instant queuedAt) {
        this.id = id;
        this.kind = kind;
        this.queuedAt = queuedAt;
    }

    String id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    /** Files are keyed by where they are, so two files of the same name are two entries. */
    synchronized void queued(InputFiles.Input input) {
        files.put(input.file().toString(), new FileReport(input.name(), "queued", null, null, 0, null));
    }

    synchronized void queued(String name) {
        files.put(name, new FileReport(name, "queued", null, null, 0, null));
    }

    synchronized void file(FileReport report) {
        files.put(report.name(), report);
    }

    /** The result for an entry queued under this key (a document id, say). */
    synchronized void file(String key, FileReport report) {
        files.put(key, report);
    }

    synchronized void outcome(Outcome outcome) {
        String status = outcome.status().name().toLowerCase(Locale.ROOT);
        String reason = outcome.reason() == null ? null : outcome.reason().name().toLowerCase(Locale.ROOT);
        files.put(outcome.file().toString(), new FileReport(outcome.name(), status, reason, outcome.message(),
                outcome.pages(), outcome.documentId()));
    }

    synchronized void started(Instant at) {
        state = State.RUNNING;
        startedAt = at;
    }

    synchronized void finished(Instant at, boolean ok, String summary) {
        state = ok ? State.DONE : State.FAILED;
        message = summary;
        finishedAt = at;
        // files never reached (the job failed as a whole) are reported as such, not left "queued"
        files.replaceAll((key, f) -> "queued".equals(f.status())
                ? new FileReport(f.name(), "failed", "not_indexed", ok ? "skipped" : summary, 0, null) : f);
    }

    synchronized List<FileReport> files() {
        return new ArrayList<>(files.values());
    }

    synchronized IndexingReport report() {
        return new IndexingReport(id, kind.name().toLowerCase(Locale.ROOT), state.name().toLowerCase(Locale.ROOT),
                message, queuedAt, startedAt, finishedAt, List.copyOf(files.values()));
    }
}
