package org.yuanliu.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Progress;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The sample PDFs (samples/, system property {@code yuanliu.samples}) indexed by the real indexer under one
 * prefix, once per test JVM and shared read-only by the test classes: what a reader would find after {@code bin/run}.
 */
public record IndexedSamples(String prefix) {

    public static IndexedSamples index(ElasticsearchClient client, String prefix) {
        return index(client, prefix, Path.of(System.getProperty("yuanliu.samples", "../samples")));
    }

    /** The files of another folder (evaluation/policy/) indexed the same way under their own prefix. */
    public static IndexedSamples index(ElasticsearchClient client, String prefix, Path samples) {
        IndexSchema schema = new IndexSchema(client, prefix, Clock.systemUTC());
        try {
            schema.ensure();
            IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
            try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(),
                    writer, 2, Duration.ofSeconds(120))) {
                indexer.index(InputFiles.expand(List.of(samples)), false, Progress.NONE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndexedSamples(prefix);
    }
}
