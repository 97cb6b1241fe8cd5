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
import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.corpus.Location;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.OutdatedIndexException;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.CorpusRebuild;
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
import io.micronaut.scheduling.annotation.Scheduled;
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
    private volatile boolean recoveryDue;

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

    /** The directory uploaded PDFs are kept in, one sub-directory per uploaded file. */
    public Path uploads() {
        return settings.uploads().toAbsolutePath().normalize();
    }

    /** The registered directories document locations are relative to. */
    private CorpusRoots roots() {
        return settings.roots();
    }

    /** The sample and upload directories that exist: what a start and a rebuild look in for files. */
    private List<Path> corpusDirectories() {
        return Stream.of(settings.samples(), uploads()).filter(Files::isDirectory).toList();
    }

    /**
     * Creates missing indices (adding new fields to existing ones), finishes or rolls back writes cut off by a crash,
     * then indexes the sample corpus and the uploads if configured. Files already indexed are only hashed; a document
     * indexed before locations were recorded takes its new identity here when its bytes are found.
     */
    public IndexingReport startup() {
        IndexingJob job = newJob(IndexingJob.Kind.STARTUP);
        List<InputFiles.Input> inputs = settings.onStart() ? InputFiles.expand(corpusDirectories(), roots()) : List.of();
        inputs.forEach(job::queued);
        return submit(job, () -> {
            IndexSchema schema = schema();
            try {
                schema.ensure();
            } catch (OutdatedIndexException e) {
                // indices of an older layout serve on while everything they record is read again into the new one
                LOG.warn("Rebuilding: {}", e.getMessage());
                return rebuildAll(job, schema, false) + " (the indices were made by an older version)";
            }
            int recovered = new IndexWriter(client, IndexTargets.aliases(schema), clock).recover();
            if (recovered > 0) {
                LOG.warn("Recovered {} writes that were cut off (the engine or the portal stopped during them)", recovered);
            }
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
     * Indexes uploaded files (already moved into {@link #uploads()}) and reports the files refused at upload. Each
     * upload is a document of its own, whatever its name; only the same bytes make the same document.
     *
     * @param refused  files rejected before indexing (wrong type, too large), reported as failed
     * @param accepted files to index
     * @param replaces a document the admin chose to replace with the (single) accepted file, or null
     */
    public IndexingReport upload(List<FileReport> refused, List<Path> accepted, @Nullable String replaces) {
        IndexingJob job = newJob(IndexingJob.Kind.UPLOAD);
        refused.forEach(job::file);
        List<InputFiles.Input> inputs = InputFiles.expand(accepted, roots());
        inputs.forEach(job::queued);
        return submit(job, () -> {
            IndexSchema schema = ensure();
            Summary summary = index(job, IndexTargets.aliases(schema), inputs, false);
            for (Outcome failure : summary.failures()) {
                discardUpload(failure.file()); // a file that cannot be indexed is not kept (the job says why)
            }
            String replaced = "";
            if (replaces != null && summary.failures().isEmpty() && summary.outcomes().size() == 1
                    && !replaces.equals(summary.outcomes().get(0).documentId())) {
                IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), clock);
                FileReport removed = remove(writer, replaces, "replaced");
                writer.refresh();
                job.file(removed);
                replaced = ", " + removed.message();
            }
            return summarise(summary) + (refused.isEmpty() ? "" : ", refused " + refused.size()) + replaced;
        });
    }

    /**
     * Removes a document from the indices and its uploaded files. Any id the admin sees can be removed, also one whose
     * write was cut off: every record that names it goes, announced by a document record or not.
     */
    public IndexingReport delete(String documentId) {
        IndexingJob job = newJob(IndexingJob.Kind.DELETE);
        job.queued(documentId);
        return submit(job, () -> {
            IndexSchema schema = ensure();
            IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), clock);
            writer.recover();
            FileReport report = remove(writer, documentId, "deleted");
            writer.refresh();
            job.file(documentId, report);
            return report.failed() || "not_found".equals(report.status()) ? "nothing to delete" : report.message();
        });
    }

    private void discardUpload(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(uploads())) {
            return;
        }
        Files.deleteIfExists(absolute);
        Path folder = absolute.getParent();
        if (!folder.equals(uploads()) && Files.isDirectory(folder)) {
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    /** Removes a document and the uploaded files it was read from; says what became of it. */
    private FileReport remove(IndexWriter writer, String documentId, String status) throws IOException {
        Optional<IndexWriter.Stored> stored = writer.stored(documentId);
        List<String> locations = stored.map(IndexWriter.Stored::locations).orElse(List.of());
        boolean found = writer.delete(documentId);
        if (!found) {
            return new FileReport(documentId, "not_found", "not_found", "no indexed document or record has this id", 0,
                    documentId);
        }
        String name = stored.map(IndexWriter.Stored::fileName).orElse(documentId);
        List<String> elsewhere = new ArrayList<>();
        for (String recorded : locations) {
            Location location = Location.parse(recorded);
            if (location.scheme() == Location.Scheme.UPLOAD) {
                Optional<Path> file = roots().resolve(location);
                if (file.isPresent()) {
                    discardUpload(file.get());
                }
            } else {
                elsewhere.add(recorded);
            }
        }
        String message = name + " (" + documentId + "): " + status + (stored.isEmpty()
                ? " (records of a write that was cut off)" : "")
                + (elsewhere.isEmpty() ? "" : "; its file is still at " + String.join(", ", elsewhere)
                + (elsewhere.stream().anyMatch(l -> l.startsWith(Location.Scheme.SAMPLES.prefix() + ":"))
                ? " and comes back at the next start unless it is removed from " + settings.samples() : ""));
        return new FileReport(name, status, null, message, 0, documentId);
    }

    /**
     * Re-reads everything the index holds (every recorded location: samples, uploads, files indexed with the command
     * line) and any new file in the sample and upload directories into a fresh set of indices, then swaps the aliases
     * in one request; searches use the old indices until then. A document whose file cannot be read any more is kept
     * from the old indices and listed in the job (or dropped, if the admin asked so). On failure the fresh indices are
     * dropped and the old ones stay.
     *
     * @param dropUnreadable drop, instead of keep, the documents whose files cannot be read again
     */
    public IndexingReport rebuild(boolean dropUnreadable) {
        IndexingJob job = newJob(IndexingJob.Kind.REBUILD);
        return submit(job, () -> {
            IndexSchema schema = schema();
            try {
                schema.ensure();
            } catch (OutdatedIndexException e) {
                LOG.info("The rebuild replaces indices of an older layout: {}", e.indices());
            }
            return rebuildAll(job, schema, dropUnreadable);
        });
    }

    /** Every document the index records and the corpus directories, read into fresh indices, swapped in at the end. */
    private String rebuildAll(IndexingJob job, IndexSchema schema, boolean dropUnreadable) throws IOException {
        List<InputFiles.Input> extra = InputFiles.expand(corpusDirectories(), roots());
        try {
            CorpusRebuild.Result result = new CorpusRebuild(client, schema, roots(), clock).run(extra, dropUnreadable,
                    (fresh, inputs) -> {
                        inputs.forEach(job::queued);
                        return index(job, fresh, inputs, true);
                    });
            for (CorpusRebuild.Unread unread : result.unread()) {
                job.file(new FileReport(unread.fileName() == null ? unread.documentId() : unread.fileName(),
                        unread.kept() ? "kept" : "dropped", "unreadable", (unread.kept()
                        ? "kept from the previous index: " : "dropped as asked: ") + unread.reason(), 0,
                        unread.documentId()));
            }
            return "rebuilt into " + result.generation() + ": " + summarise(result.summary())
                    + (result.kept().isEmpty() ? "" : ", kept " + result.kept().size() + " that could not be read again")
                    + (result.dropped().isEmpty() ? "" : ", dropped " + result.dropped().size());
        } catch (IOException | RuntimeException e) {
            throw new IOException("rebuild failed, the previous index keeps serving: " + e.getMessage(), e);
        }
    }

    /**
     * After a job failed (typically: the engine went away in the middle of a write), the journal is read again as
     * soon as the engine answers, so that a cut-off write does not stay half-visible until the next job.
     */
    @Scheduled(fixedDelay = "15s", initialDelay = "15s")
    void recoverIfDue() {
        if (!recoveryDue || busy() || worker.isShutdown()) {
            return;
        }
        worker.execute(() -> {
            try {
                IndexSchema schema = schema();
                int recovered = new IndexWriter(client, IndexTargets.aliases(schema), clock).recover();
                recoveryDue = false;
                if (recovered > 0) {
                    LOG.warn("Recovered {} writes that were cut off by an engine failure", recovered);
                }
            } catch (IOException | RuntimeException stillDown) {
                LOG.debug("Engine not back yet; recovery retried in 15 s: {}", stillDown.getMessage());
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
                recoveryDue = true;
                summary = failure(e);
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

    /**
     * What the admin reads when a job failed: an I/O failure is the engine going away ("Connection is closed" alone
     * says neither what happened nor what to do).
     */
    static String failure(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof IOException && !detail.startsWith("rebuild failed")) {
            return "the search engine stopped answering during the job (" + detail + "). Files indexed before that "
                    + "are kept; a write it cut off is rolled back once the engine is back (see /health). Then run the "
                    + "job again: files already indexed are skipped.";
        }
        return detail;
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
        IndexSchema schema = schema();
        schema.ensure();
        return schema;
    }

    private IndexSchema schema() {
        return new IndexSchema(client, prefix, clock, settings.replicaCount());
    }

    private EnrichmentChain chain() {
        if (chain == null) {
            chain = EnrichmentChain.standard();
        }
        return chain;
    }

    private static String summarise(Summary summary) {
        return "indexed " + summary.count(Outcome.Status.INDEXED) + ", unchanged " + summary.count(Outcome.Status.UNCHANGED)
                + ", failed " + summary.count(Outcome.Status.FAILED) + " (" + summary.pages() + " pages)";
    }
}
