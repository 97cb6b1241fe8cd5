package org.yuanliu.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.pipeline.CorpusRebuild;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Progress;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Indices made by an older version, whose passages index defines its text field differently (term vectors instead of
 * offsets in the postings), against a real node: {@code ensure} says so by name and what to do, and a rebuild reads
 * every document they recorded into the new layout, keeping each.
 */
@ExtendWith(RealElasticsearch.class)
class OutdatedIndexTest {

    @Test
    void anOlderLayoutIsNamedAndARebuildMovesEveryDocumentIntoTheNewOne(ElasticsearchClient client, IndexSchema schema)
            throws IOException {
        createOldPassagesIndex(client, schema);
        // the other indices are created; the old one is reported, not silently kept
        assertThatThrownBy(schema::ensure).isInstanceOf(OutdatedIndexException.class)
                .hasMessageContaining(schema.alias(IndexKind.PASSAGES)).hasMessageContaining("rebuild");
        CorpusRoots roots = new CorpusRoots(Samples.dir(), Samples.dir().resolve("../no-uploads"));
        index(client, IndexTargets.aliases(schema), InputFiles.expand(List.of(Samples.file(Samples.CAS)), roots), false);
        long before = count(client, schema.alias(IndexKind.PASSAGES));
        assertThat(before).isPositive();

        new CorpusRebuild(client, schema, roots, Clock.systemUTC()).run(List.of(), false,
                (fresh, inputs) -> index(client, fresh, inputs, true));

        schema.ensure(); // fits now
        assertThat(count(client, schema.alias(IndexKind.PASSAGES))).isEqualTo(before);
        String concrete = schema.concreteIndices(schema.alias(IndexKind.PASSAGES)).iterator().next();
        var text = client.indices().getMapping(m -> m.index(concrete)).get(concrete).mappings().properties().get("text");
        assertThat(text.text().indexOptions().jsonValue()).isEqualTo("offsets");
    }

    /** The passages definition as an older version had it: term vectors on the text field, no offsets. */
    private static void createOldPassagesIndex(ElasticsearchClient client, IndexSchema schema) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode definition;
        try (InputStream in = IndexKind.PASSAGES.definition()) {
            definition = (ObjectNode) json.readTree(in);
        }
        ObjectNode text = (ObjectNode) definition.get("mappings").get("properties").get("text");
        text.remove("index_options");
        text.put("term_vector", "with_positions_offsets");
        String body = json.writeValueAsString(definition);
        String name = schema.alias(IndexKind.PASSAGES) + "-old";
        client.indices().create(c -> c.index(name).withJson(new StringReader(body))
                .aliases(schema.alias(IndexKind.PASSAGES), a -> a.isWriteIndex(true)));
    }

    private static org.yuanliu.indexer.pipeline.Summary index(ElasticsearchClient client, IndexTargets targets,
                                                              List<InputFiles.Input> inputs, boolean force) throws IOException {
        IndexWriter writer = new IndexWriter(client, targets, Clock.systemUTC());
        try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(), writer,
                2, Duration.ofSeconds(120))) {
            return indexer.index(inputs, force, Progress.NONE);
        }
    }

    private static long count(ElasticsearchClient client, String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        return client.count(c -> c.index(index)).count();
    }
}
