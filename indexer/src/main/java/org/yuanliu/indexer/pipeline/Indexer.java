package org.yuanliu.indexer.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * it gets the cores), and written in input order by this thread while the next files are parsed. A document is
 * its bytes: a file whose content is already indexed is not read again, only its location is recorded on that
 * document; a file whose location held other bytes before replaces the document that was there. A bad file becomes a
 * failed outcome and the batch goes on; nothing already indexed is touched for it.
 */
public final class Indexer implements AutoCloseable {
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
        writer.recover();
        Run run = new Run();
        List<Outcome> outcomes = new ArrayList<>();
        Deque<Pending> inFlight = new ArrayDeque<>();
        List<Parsed> toWrite = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            Optional<Pending> pending = submit(input, force, run, outcomes, progress);
            pending.ifPresent(inFlight::addLast);
            while (inFlight.size() >= window) {
                complete(inFlight.removeFirst(), outcomes, progress).ifPresent(toWrite::add);
                if (toWrite.size() >= WRITE_BATCH) {
                    flush(toWrite, run, outcomes, progress);
                }
            }
        }
        while (!inFlight.isEmpty()) {
            complete(inFlight.removeFirst(), outcomes, progress).ifPresent(toWrite::add);
            if (toWrite.size() >= WRITE_BATCH) {
                flush(toWrite, run, outcomes, progress);
            }
        }
        flush(toWrite, run, outcomes, progress);
        writer.refresh();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.putIfAbsent(inputs.get(i).file() + "\u0000" + inputs.get(i).name(), i);
        }
        outcomes.sort(java.util.Comparator.comparingInt(o -> order.getOrDefault(o.file() + "\u0000" + o.name(), inputs.size())));
        return new Summary(outcomes);
    }

    /**
     * What this run has decided so far, which the index does not show yet (it is refreshed per batch): the documents
     * being written, with every location their bytes were found at, and the locations already given to a document.
     */
    private static final class Run {
        final Map<String, Claim> claims = new HashMap<>();
        final Map<String, String> placed = new HashMap<>();
    }

    /** A document of this run: the locations it will be known by, and the documents each new location is taken from. */
    private static final class Claim {
        final Set<String> locations = new LinkedHashSet<>();
        final String location;
        final Set<String> replaces;
        final Map<String, Set<String>> alsoAt = new LinkedHashMap<>();
        boolean written;
        boolean failed;

        Claim(Collection<String> before, String location, Set<String> replaces) {
            this.locations.addAll(before);
            this.locations.add(location);
            this.location = location;
            this.replaces = replaces;
        }
    }

    private record Pending(InputFiles.Input input, SourceFile source, Claim claim, Future<EnrichedDocument> result) {
    }

    /** A document read and enriched, waiting to be written. */
    private record Parsed(InputFiles.Input input, SourceFile source, Claim claim, EnrichedDocument document) {
        IndexWriter.Write write() {
            return new IndexWriter.Write(document, List.copyOf(claim.locations), claim.location, List.copyOf(claim.replaces));
        }
    }

    /**
     * Writes the waiting documents in one batch. If Elasticsearch refuses records, they are written one by one
     * so that only the document at fault fails and the batch goes on.
     */
    private void flush(List<Parsed> batch, Run run, List<Outcome> outcomes, Progress progress) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            writer.writeAll(batch.stream().map(Parsed::write).toList());
            for (Parsed parsed : batch) {
                written(parsed, run, outcomes, progress);
            }
        } catch (RejectedRecordsException batchRejected) {
            for (Parsed parsed : batch) {
                try {
                    writer.write(parsed.write());
                    written(parsed, run, outcomes, progress);
                } catch (RejectedRecordsException e) {
                    parsed.claim().failed = true;
                    report(Outcome.failed(parsed.input().file(), parsed.input().name(), Reason.FAILED,
                            "Elasticsearch refused its records (" + e.getMessage() + ")"), outcomes, progress);
                }
            }
        }
        batch.clear();
        writer.refresh();
    }

    private void written(Parsed parsed, Run run, List<Outcome> outcomes, Progress progress) throws IOException {
        Claim claim = parsed.claim();
        claim.written = true;
        run.placed.put(claim.location, parsed.source().id());
        for (Map.Entry<String, Set<String>> more : claim.alsoAt.entrySet()) {
            writer.attach(parsed.source().id(), List.copyOf(claim.locations), more.getKey(), more.getValue());
            claim.locations.add(more.getKey());
            run.placed.put(more.getKey(), parsed.source().id());
        }
        report(new Outcome(parsed.input().file(), parsed.input().name(), Outcome.Status.INDEXED, null,
                claim.replaces.isEmpty() ? null : "replaces the earlier version at " + claim.location,
                parsed.document().document().pages().size(), parsed.source().id()), outcomes, progress);
    }

    private Optional<Pending> submit(InputFiles.Input input, boolean force, Run run, List<Outcome> outcomes,
                                     Progress progress) throws IOException {
        SourceFile source;
        try {
            source = reader.identify(input.file(), input.name());
        } catch (RejectedFile e) {
            report(Outcome.failed(input.file(), input.name(), e.reason(), e.getMessage()), outcomes, progress);
            return Optional.empty();
        }
        String id = source.id();
        String location = input.location().toString();
        Claim earlier = run.claims.get(id);
        boolean claimed = earlier != null && !earlier.failed;
        Optional<IndexWriter.Stored> stored = claimed ? Optional.empty() : writer.stored(id);
        boolean current = !force && stored.isPresent() && DocumentJson.SCHEMA_VERSION.equals(stored.get().schemaVersion());
        if (current && stored.get().locations().contains(location) && id.equals(run.placed.getOrDefault(location, id))) {
            // the common case at every start: these bytes, recorded at this location; nothing to look up or write
            run.placed.put(location, id);
            report(new Outcome(input.file(), input.name(), Outcome.Status.UNCHANGED, null, null, 0, id), outcomes, progress);
            return Optional.empty();
        }
        Set<String> holders = new LinkedHashSet<>();
        writer.holders(location, source.contentHash()).forEach(h -> holders.add(h.id()));
        Optional.ofNullable(run.placed.get(location)).ifPresent(holders::add);
        holders.remove(id);

        if (claimed) {
            // the same bytes a second time in this run: one document, known by both locations
            if (earlier.written) {
                writer.attach(id, List.copyOf(earlier.locations), location, holders);
                earlier.locations.add(location);
                run.placed.put(location, id);
            } else if (!earlier.locations.contains(location)) {
                earlier.alsoAt.put(location, holders);
            }
            report(sameContent(input, source, earlier.location), outcomes, progress);
            return Optional.empty();
        }
        if (current) {
            // known bytes at a new location: the same file under another name
            writer.attach(id, stored.get().locations(), location, holders);
            run.placed.put(location, id);
            report(stored.get().locations().isEmpty()
                    ? new Outcome(input.file(), input.name(), Outcome.Status.UNCHANGED, null, null, 0, id)
                    : sameContent(input, source, stored.get().locations().get(0)), outcomes, progress);
            return Optional.empty();
        }
        Claim claim = new Claim(stored.map(IndexWriter.Stored::locations).orElse(List.of()), location, holders);
        run.claims.put(id, claim);
        Future<EnrichedDocument> result = workers.submit(() -> enrichment.apply(reader.read(input.file(), source)));
        return Optional.of(new Pending(input, source, claim, result));
    }

    private static Outcome sameContent(InputFiles.Input input, SourceFile source, String other) {
        return new Outcome(input.file(), input.name(), Outcome.Status.UNCHANGED, null,
                "the same content as " + other + ": one document, known by both", 0, source.id());
    }

    /** Waits for a file's reading; a file that could not be read gives up its claim on its bytes. */
    private Optional<Parsed> complete(Pending pending, List<Outcome> outcomes, Progress progress)
            throws IOException {
        Optional<Parsed> parsed = parse(pending, outcomes, progress);
        if (parsed.isEmpty()) {
            pending.claim().failed = true;
        }
        return parsed;
    }

    private Optional<Parsed> parse(Pending pending, List<Outcome> outcomes, Progress progress) throws IOException {
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
        return Optional.of(new Parsed(input, pending.source(), pending.claim(), enriched));
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
