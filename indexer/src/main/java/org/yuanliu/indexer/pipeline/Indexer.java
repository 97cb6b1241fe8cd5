package org.yuanliu.indexer.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.yuanliu.indexer.document.DocumentJson;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.RejectedFile.Reason;
import org.yuanliu.indexer.document.SourceFile;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.index.RejectedRecordsException;
import org.yuanliu.indexer.read.DocumentReader;

/**
 * Runs the chain over a batch: files are read and enriched in parallel (PDF parsing dominates the cost, so
 * it gets the cores), and written in input order by this thread while the next files are parsed. A file
 * whose content hash is already indexed is skipped. A bad file becomes a failed outcome and the batch goes
 * on; nothing already indexed is touched for it.
 */
public final class Indexer implements AutoCloseable {
    private static final int REFRESH_EVERY = 50;
    /** Documents written per bulk: fewer, larger requests keep the node busy without holding much memory. */
    private static final int WRITE_BATCH = 16;

    private final DocumentReader reader;
    private final Enrichment enrichment;
    private final IndexWriter writer;
    private final Duration timeout;
    private final ExecutorService workers;
    private final int window;

    public Indexer(DocumentReader reader, Enrichment enrichment, IndexWriter writer, int threads, Duration timeout) {
        this.reader = reader;
        this.enrichment = enrichment;
        this.writer = writer;
        this.timeout = timeout;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "yuanliu-reader");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 2;
    }

    /**
     * @param force re-index files even when their content hash is already indexed (a rebuild)
     */
    public Summary index(List<InputFiles.Input> inputs, boolean force, Progress progress) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        Deque<Pending> inFlight = new ArrayDeque<>();
        List<Parsed> toWrite = new ArrayList<>();
        int sinceRefresh = 0;
        for (InputFiles.Input input : inputs) {
            Optional<Pending> pending = submit(input, force, outcomes, progress);
            pending.ifPresent(inFlight::addLast);
            while (inFlight.size() >= window) {
                complete(inFlight.removeFirst(), outcomes, progress).ifPresent(toWrite::add);
                if (toWrite.size() >= WRITE_BATCH) {
                    sinceRefresh += flush(toWrite, outcomes, progress);
                }
            }
            if (sinceRefresh >= REFRESH_EVERY) {
                writer.refresh();
                sinceRefresh = 0;
            }
        }
        while (!inFlight.isEmpty()) {
            complete(inFlight.removeFirst(), outcomes, progress).ifPresent(toWrite::add);
            if (toWrite.size() >= WRITE_BATCH) {
                flush(toWrite, outcomes, progress);
            }
        }
        flush(toWrite, outcomes, progress);
        writer.refresh();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.putIfAbsent(inputs.get(i).file() + "\u0000" + inputs.get(i).name(), i);
        }
        outcomes.sort(java.util.Comparator.comparingInt(o -> order.getOrDefault(o.file() + "\u0000" + o.name(), inputs.size())));
        return new Summary(outcomes);
    }

    private record Pending(InputFiles.Input input, SourceFile source, Future<EnrichedDocument> result) {
    }

    /** A document read and enriched, waiting to be written. */
    private record Parsed(InputFiles.Input input, SourceFile source, EnrichedDocument document) {
    }

    /**
     * Writes the waiting documents in one batch. If Elasticsearch refuses records, they are written one by one
     * so that only the document at fault fails and the batch goes on.
     */
    private int flush(List<Parsed> batch, List<Outcome> outcomes, Progress progress) throws IOException {
        if (batch.isEmpty()) {
            return 0;
        }
        int written = 0;
        try {
            writer.writeAll(batch.stream().map(Parsed::document).toList());
            for (Parsed parsed : batch) {
                report(indexed(parsed), outcomes, progress);
                written++;
            }
        } catch (RejectedRecordsException batchRejected) {
            for (Parsed parsed : batch) {
                try {
                    writer.write(parsed.document());
                    report(indexed(parsed), outcomes, progress);
                    written++;
                } catch (RejectedRecordsException e) {
                    report(Outcome.failed(parsed.input().file(), parsed.input().name(), Reason.FAILED,
                            "Elasticsearch refused its records (" + e.getMessage() + ")"), outcomes, progress);
                }
            }
        }
        batch.clear();
        return written;
    }

    private static Outcome indexed(Parsed parsed) {
        return new Outcome(parsed.input().file(), parsed.input().name(), Outcome.Status.INDEXED, null, null,
                parsed.document().document().pages().size(), parsed.source().id());
    }

    private Optional<Pending> submit(InputFiles.Input input, boolean force, List<Outcome> outcomes, Progress progress)
            throws IOException {
        SourceFile source;
        try {
            source = reader.identify(input.file(), input.name());
        } catch (RejectedFile e) {
            report(Outcome.failed(input.file(), input.name(), e.reason(), e.getMessage()), outcomes, progress);
            return Optional.empty();
        }
        if (!force) {
            Optional<IndexWriter.Stored> stored = writer.stored(source.id());
            if (stored.isPresent() && Objects.equals(stored.get().contentHash(), source.contentHash())
                    && DocumentJson.SCHEMA_VERSION.equals(stored.get().schemaVersion())) {
                report(new Outcome(input.file(), input.name(), Outcome.Status.UNCHANGED, null, null, 0, source.id()),
                        outcomes, progress);
                return Optional.empty();
            }
        }
        Future<EnrichedDocument> result = workers.submit(() -> enrichment.apply(reader.read(input.file(), source)));
        return Optional.of(new Pending(input, source, result));
    }

    private Optional<Parsed> complete(Pending pending, List<Outcome> outcomes, Progress progress) throws IOException {
        InputFiles.Input input = pending.input();
        EnrichedDocument enriched;
        try {
            enriched = pending.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.result().cancel(true);
            report(Outcome.failed(input.file(), input.name(), Reason.TIMEOUT, "reading took longer than "
                    + timeout.toSeconds() + " s (raise --timeout to allow more)"), outcomes, progress);
            return Optional.empty();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RejectedFile rejected) {
                report(Outcome.failed(input.file(), input.name(), rejected.reason(), rejected.getMessage()), outcomes, progress);
            } else if (cause instanceof OutOfMemoryError) {
                report(Outcome.failed(input.file(), input.name(), Reason.TOO_LARGE,
                        "not enough memory to read it; give the indexer more heap or lower --max-pages"), outcomes, progress);
            } else {
                report(Outcome.failed(input.file(), input.name(), Reason.FAILED, "could not be read ("
                        + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                        + ")"), outcomes, progress);
            }
            return Optional.empty();
        } catch (InterruptedException | CancellationException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        }
        return Optional.of(new Parsed(input, pending.source(), enriched));
    }

    private static void report(Outcome outcome, List<Outcome> outcomes, Progress progress) {
        outcomes.add(outcome);
        progress.done(outcome);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
