package org.yuanliu.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.Enrichment;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Outcome;
import org.yuanliu.indexer.pipeline.CorpusRebuild;
import org.yuanliu.indexer.pipeline.Summary;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.FileTypes;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Indexes files and directories, with a progress bar and a summary; see {@link IndexerCli}. */
final class IndexCommand {
    private IndexCommand() {
    }

    static int run(List<Path> paths, ConnectionOptions connection, CorpusRoots roots, IndexerCli.Limits limits,
                   boolean rebuild, boolean dropUnreadable, Enrichment enrichment, PrintStream out, PrintStream err) {
        List<InputFiles.Input> inputs = InputFiles.expand(paths, roots);
        if (inputs.isEmpty() && !rebuild) {
            err.println("indexer: no documents found in " + paths + " (looked for " + FileTypes.extensionList() + ")");
            return 2;
        }
        ReaderLimits readerLimits = new ReaderLimits(limits.maxFileSizeMb * 1024L * 1024L, limits.maxPages,
                Duration.ofSeconds(limits.timeoutSeconds), !limits.noOcr);
        long started = System.nanoTime();
        try (ElasticsearchClient client = connection.connection().client()) {
            Optional<IndexSchema> ensured = connection.schema(client, err, rebuild);
            if (ensured.isEmpty()) {
                return 2;
            }
            IndexSchema schema = ensured.get();
            Summary summary;
            if (rebuild) {
                CorpusRebuild.Result result;
                try {
                    result = new CorpusRebuild(client, schema, roots, Clock.systemUTC()).run(inputs, dropUnreadable,
                            (fresh, all) -> runBatch(client, fresh, all, readerLimits, limits, true, enrichment, err));
                } catch (IOException | RuntimeException e) {
                    err.println("indexer: rebuild failed, the previous index keeps serving: " + e.getMessage());
                    return 2;
                }
                summary = result.summary();
                printSummary(summary, (System.nanoTime() - started) / 1e9, out);
                for (CorpusRebuild.Unread unread : result.unread()) {
                    out.printf("  %s %s (%s): %s%n", unread.kept() ? "KEPT from the previous index" : "DROPPED",
                            unread.fileName(), unread.documentId(), unread.reason());
                }
                if (!result.kept().isEmpty()) {
                    out.println("  " + result.kept().size() + " documents could not be read again and were kept as they"
                            + " were; --drop-unreadable drops them");
                }
                return summary.failures().isEmpty() ? 0 : 1;
            } else {
                summary = runBatch(client, IndexTargets.aliases(schema), inputs, readerLimits, limits, false, enrichment, err);
            }
            printSummary(summary, (System.nanoTime() - started) / 1e9, out);
            return summary.failures().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println("indexer: Elasticsearch failed: " + e.getMessage()
                    + ". Documents written before the failure stay indexed; run the same command again to finish.");
            return 2;
        }
    }

    private static Summary runBatch(ElasticsearchClient client, IndexTargets targets, List<InputFiles.Input> inputs,
                                    ReaderLimits readerLimits, IndexerCli.Limits limits, boolean force,
                                    Enrichment enrichment, PrintStream err) throws IOException {
        IndexWriter writer = new IndexWriter(client, targets, Clock.systemUTC());
        ProgressBarBuilder bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(inputs.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .setUnit(" files", 1).showSpeed();
        int[] pages = {0};
        try (ProgressBar progress = bar.build();
             Indexer indexer = new Indexer(new DocumentReader(readerLimits), enrichment, writer, limits.threads,
                     readerLimits.timeout())) {
            return indexer.index(inputs, force, outcome -> {
                pages[0] += outcome.pages();
                progress.step();
                progress.setExtraMessage(pages[0] + " pages");
            });
        }
    }

    static void printSummary(Summary summary, double seconds, PrintStream out) {
        out.printf("Indexed %d, unchanged %d, failed %d (%d files, %d pages) in %.1f s%n",
                summary.count(Outcome.Status.INDEXED), summary.count(Outcome.Status.UNCHANGED),
                summary.count(Outcome.Status.FAILED), summary.outcomes().size(), summary.pages(), seconds);
        for (Outcome failure : summary.failures()) {
            out.printf("  FAILED %s [%s]: %s%n", failure.name(), failure.reason().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '), failure.message());
        }
    }
}
