package org.yuanliu.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.yuanliu.indexer.corpus.Location;
import org.yuanliu.indexer.index.IndexCheck;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Progress;
import org.yuanliu.indexer.pipeline.Summary;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code indexer check [--repair]}: audits the indices for cut-off writes, dangling citations, orphan passages and
 * quotations, and documents without their passages; with {@code --repair}, mends them (an incomplete document is read
 * again from its file when the file is still there).
 */
@Command(name = "check", description = "Audit the indices for dangling citations, orphan passages and quotations, "
        + "documents without passages and cut-off writes; --repair mends them.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--repair", description = "remove dangling records, finish or roll back cut-off writes, and read "
            + "incomplete documents again from their files")
    boolean repair;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        try (ElasticsearchClient client = connection.connection().client()) {
            Optional<IndexSchema> schema = connection.schema(client, err);
            if (schema.isEmpty()) {
                return 2;
            }
            IndexTargets targets = IndexTargets.aliases(schema.get());
            IndexCheck check = new IndexCheck(client, targets, Clock.systemUTC());
            IndexCheck.Findings findings = repair ? check.repair() : check.check();
            print(findings, out);
            if (!repair) {
                return findings.clean() ? 0 : 1;
            }
            int unmended = reread(client, targets, findings.incomplete(), out);
            IndexCheck.Findings after = check.check();
            out.println(after.clean() ? "Repaired: the index is consistent."
                    : "After repair: " + summary(after) + (unmended > 0 ? " (" + unmended
                    + " incomplete documents have no readable file: index them again from a copy, or delete them)" : ""));
            return after.clean() ? 0 : 1;
        } catch (IOException e) {
            err.println("indexer: Elasticsearch failed during the check: " + e.getMessage() + ". Run it again.");
            return 2;
        }
    }

    /** Reads incomplete documents again from their files; returns how many could not be. */
    private int reread(ElasticsearchClient client, IndexTargets targets, List<IndexWriter.Stored> incomplete,
                       PrintStream out) throws IOException {
        int unmended = 0;
        List<InputFiles.Input> inputs = new java.util.ArrayList<>();
        for (IndexWriter.Stored document : incomplete) {
            Optional<InputFiles.Input> input = document.locations().stream().map(Location::parse)
                    .flatMap(l -> InputFiles.of(l, corpus.roots()).stream()).findFirst();
            if (input.isPresent()) {
                inputs.add(input.get());
            } else {
                unmended++;
                out.println("  cannot read " + document.id() + " again: no readable file at " + document.locations());
            }
        }
        if (!inputs.isEmpty()) {
            IndexWriter writer = new IndexWriter(client, targets, Clock.systemUTC());
            try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(),
                    writer, 1, ReaderLimits.DEFAULTS.timeout())) {
                Summary summary = indexer.index(inputs, true, Progress.NONE);
                unmended += summary.failures().size();
                summary.failures().forEach(f -> out.println("  " + f.name() + ": " + f.message()));
            }
        }
        return unmended;
    }

    private static void print(IndexCheck.Findings findings, PrintStream out) {
        out.println(findings.clean() ? "The index is consistent." : "Found: " + summary(findings));
        findings.danglingCitations().forEach((id, n) -> out.println("  " + n + " citations from " + id
                + ", which has no document record"));
        findings.incomplete().forEach(d -> out.println("  document " + d.id() + " (" + d.fileName() + ") lacks passages"));
    }

    private static String summary(IndexCheck.Findings f) {
        return f.pendingWrites() + " cut-off writes, " + f.danglingCitationCount() + " dangling citations, "
                + f.orphanPassages().size() + " orphan passages, " + f.orphanQuotations().size()
                + " orphan quotations, " + f.incomplete().size() + " documents without (all) their passages";
    }
}
