package org.yuanliu.portal.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Outcome;
import org.yuanliu.indexer.pipeline.Summary;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Every write to the indices goes through here, one job at a time on one background thread: the sample corpus at
 * start, uploads, deletions and full rebuilds. Serialising them means a rebuild never races an upload. Each job
 * is visible while it runs ({@link #report}) and kept afterwards ({@link ReportStore}).
 */
@Singleton
public class IndexingService {
    private static final Logger LOG = LoggerFactory.getLogger(IndexingService.class);
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS");
    private static final int LIVE_JOBS = 50;

    private final ElasticsearchClient client;
    private final String prefix;
    private final IndexingSettings settings;
    private final ReportStore store;
    private final @Nullable MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, IndexingJob> live = new LinkedHashMap<>();
    private final List<IndexingReport> stored;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "yuanliu-indexing");
        thread.setDaemon(true);
        return thread;
    });
    private volatile EnrichmentChain chain;

    public IndexingService(@Named("indexing") ElasticsearchClient client,
                           @Value("${yuanliu.index-prefix:yuanliu}") String prefix, IndexingSettings settings,
                           ReportStore store, @Nullable MeterRegistry meters) {
        this.client = client;
        this.prefix = prefix;
        this.settings = settings;
        this.store = store;
        this.meters = meters;
        this.stored = store.load();
    }

    /** The directory uploaded PDFs are kept in. */
    public Path uploads() {
        return settings.uploads().toAbsolutePath().normalize();
    }

    /** Creates missing indices, then indexes the sample corpus if configured (files already indexed are skipped). */
    public IndexingReport startup() {
        IndexingJob job = newJob(IndexingJob.Kind.STARTUP);
        List<InputFiles.Input> inputs = settings.onStart() && Files.isDirectory(settings.samples())
                ? InputFiles.expand(List.of(settings.samples())) : List.of();
        inputs.forEach(input -> job.queued(input.name()));
        return submit(job, () -> {
            IndexSchema schema = ensure();
            if (!settings.onStart()) {
                return "indices ready; indexing the samples on start is off";
            }
            if (inputs.isEmpty()) {
                return "indices ready; no documents in " + settings.samples().toAbsolutePath();
            }
            LOG.info("Indexing the sample corpus in {} ({} files) in the background", settings.samples().toAbsolutePath(),
                    inputs.size());
            Summary summary = index(job, IndexTargets.aliases(schema), inputs, false);
            return summarise(summary);
        });
    }

    /**
     * Indexes uploaded files (already moved into {@link #uploads()}) and reports the files refused at upload.
     *
     * @param refused  files rejected before indexing (wrong type, too large), reported as failed
     * @param accepted files to index
     */
    public IndexingReport upload(List<FileReport> refused, List<Path> accepted) {
        IndexingJob job = newJob(IndexingJob.Kind.UPLOAD);
        refused.forEach(job::file);
        List<InputFiles.Input> inputs = InputFiles.expand(accepted);
        inputs.forEach(input -> job.queued(input.name()));
        return submit(job, () -> {
            IndexSchema schema = ensure();
            Summary summary = index(job, IndexTargets.aliases(schema), inputs, false);
            return summarise(summary) + (refused.isEmpty() ? "" : ", refused " + refused.size());
        });
    }

    /** Removes a document from the indices and its uploaded file (if it was uploaded). */
    public IndexingReport delete(String documentId) {
        IndexingJob job = newJob(IndexingJob.Kind.DELETE);
        job.queued(documentId);
        return submit(job, () -> {
            IndexSchema schema = ensure();
            IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), clock);
            boolean deleted = writer.delete(documentId);
            writer.refresh();
            DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
            List<Path> uploaded = filesWithId(reader, uploads(), documentId);
            for (Path file : uploaded) {
                Files.deleteIfExists(file);
            }
            boolean sample = !filesWithId(reader, settings.samples(), documentId).isEmpty();
            String name = uploaded.isEmpty() ? documentId : uploaded.get(0).getFileName().toString();
            job.file(new FileReport(documentId, deleted ? "deleted" : "not_found", deleted ? null : "not_found",
                    deleted ? (sample ? name + ": removed from the index; it is in the sample corpus and comes back at"
                            + " the next start unless it is removed from " + settings.samples() : name + ": removed")
                            : "no indexed document has this id", 0, documentId));
            return deleted ? "deleted " + name : "nothing to delete";
        });
    }

    /**
     * Re-indexes the samples and every upload into a fresh set of indices, then swaps the aliases in one request;
     * searches use the old indices until then. On failure the fresh indices are dropped and the old ones stay.
     */
    public IndexingReport rebuild() {
        IndexingJob job = newJob(IndexingJob.Kind.REBUILD);
        return submit(job, () -> {
            IndexSchema schema = ensure();
            List<Path> roots = new ArrayList<>();
            if (Files.isDirectory(settings.samples())) {
                roots.add(settings.samples());
            }
            if (Files.isDirectory(uploads())) {
                roots.add(uploads());
            }
            List<InputFiles.Input> inputs = InputFiles.expand(roots);
            inputs.forEach(input -> job.queued(input.name()));
            Map<IndexKind, String> fresh = schema.createGeneration();
            try {
                applyReplicas(List.copyOf(fresh.values()));
                Summary summary = index(job, IndexTargets.of(fresh), inputs, true);
                schema.swapAliases(fresh);
                return "rebuilt into " + fresh.get(IndexKind.PASSAGES) + ": " + summarise(summary);
            } catch (IOException | RuntimeException e) {
                schema.discard(fresh);
                throw new IOException("rebuild failed, the previous index keeps serving: " + e.getMessage(), e);
            }
        });
    }

    /** Live and kept reports, newest first. */
    public List<IndexingReport> reports() {
        Map<String, IndexingReport> all = new LinkedHashMap<>();
        stored.forEach(r -> all.put(r.id(), r));
        synchronized (live) {
            live.values().forEach(job -> all.put(job.id(), job.report()));
        }
        return all.values().stream().sorted(Comparator.comparing(IndexingReport::id).reversed())
                .limit(Math.max(LIVE_JOBS, settings.keepReports())).toList();
    }

    public Optional<IndexingReport> report(String id) {
        synchronized (live) {
            IndexingJob job = live.get(id);
            if (job != null) {
                return Optional.of(job.report());
            }
        }
        return stored.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether a job is queued or running. */
    public boolean busy() {
        synchronized (live) {
            return live.values().stream().anyMatch(job -> !job.report().finished());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface Work {
        String run() throws IOException;
    }

    private IndexingJob newJob(IndexingJob.Kind kind) {
        String id = ID.format(clock.instant().atZone(ZoneOffset.UTC)) + "-" + String.format("%03d",
                sequence.incrementAndGet() % 1000);
        IndexingJob job = new IndexingJob(id, kind, clock.instant());
        synchronized (live) {
            live.put(id, job);
            while (live.size() > LIVE_JOBS) {
                String oldest = live.keySet().iterator().next();
                if (!live.get(oldest).report().finished()) {
                    break;
                }
                live.remove(oldest);
            }
        }
        return job;
    }

    private IndexingReport submit(IndexingJob job, Work work) {
        worker.execute(() -> {
            long started = System.nanoTime();
            job.started(clock.instant());
            boolean ok;
            String summary;
            try {
                summary = work.run();
                ok = true;
                LOG.info("Indexing job {} ({}) done: {}", job.id(), job.kind(), summary);
            } catch (IOException | RuntimeException e) {
                ok = false;
                summary = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (worker.isShutdown()) {
                    summary = "stopped: the portal was shutting down";
                    LOG.info("Indexing job {} ({}) stopped by shutdown", job.id(), job.kind());
                } else {
                    LOG.error("Indexing job {} ({}) failed: {}", job.id(), job.kind(), summary);
                }
            }
            job.finished(clock.instant(), ok, summary);
            IndexingReport report = job.report();
            store.save(report);
            if (meters != null) {
                meters.timer("yuanliu.indexing.jobs", "kind", report.kind(), "state", report.state())
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        });
        return job.report();
    }

    private Summary index(IndexingJob job, IndexTargets targets, List<InputFiles.Input> inputs, boolean force)
            throws IOException {
        IndexWriter writer = new IndexWriter(client, targets, clock);
        int total = inputs.size();
        AtomicInteger done = new AtomicInteger();
        ReaderLimits limits = ReaderLimits.DEFAULTS;
        try (Indexer indexer = new Indexer(new DocumentReader(limits), chain(), writer, Math.max(1, settings.threads()),
                limits.timeout())) {
            return indexer.index(inputs, force, outcome -> {
                job.outcome(outcome);
                int n = done.incrementAndGet();
                if (meters != null) {
                    meters.counter("yuanliu.indexing.files", "status", outcome.status().name().toLowerCase()).increment();
                }
                if (outcome.status() == Outcome.Status.FAILED) {
                    LOG.warn("[{}/{}] {} failed ({}): {}", n, total, outcome.name(), outcome.reason(), outcome.message());
                } else {
                    LOG.info("[{}/{}] {} {}{}", n, total, outcome.name(), outcome.status().name().toLowerCase(),
                            outcome.pages() > 0 ? " (" + outcome.pages() + " pages)" : "");
                }
            });
        }
    }

    private IndexSchema ensure() throws IOException {
        IndexSchema schema = new IndexSchema(client, prefix, clock);
        schema.ensure();
        List<String> aliases = new ArrayList<>();
        for (IndexKind kind : IndexKind.values()) {
            aliases.add(schema.alias(kind));
        }
        applyReplicas(aliases);
        return schema;
    }

    private void applyReplicas(List<String> indices) throws IOException {
        if (settings.replicaCount().isPresent()) {
            String replicas = String.valueOf(settings.replicaCount().get());
            client.indices().putSettings(s -> s.index(indices).settings(i -> i.numberOfReplicas(replicas)));
        }
    }

    private EnrichmentChain chain() {
        if (chain == null) {
            chain = EnrichmentChain.standard();
        }
        return chain;
    }

    private static List<Path> filesWithId(DocumentReader reader, Path directory, String documentId) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> matches = new ArrayList<>();
        for (InputFiles.Input input : InputFiles.expand(List.of(directory))) {
            try {
                if (reader.identify(input.file(), input.name()).id().equals(documentId)) {
                    matches.add(input.file());
                }
            } catch (RejectedFile unreadable) {
                // not a document we could have indexed
            }
        }
        return matches;
    }

    private static String summarise(Summary summary) {
        return "indexed " + summary.count(Outcome.Status.INDEXED) + ", unchanged " + summary.count(Outcome.Status.UNCHANGED)
                + ", failed " + summary.count(Outcome.Status.FAILED) + " (" + summary.pages() + " pages)";
    }
}
