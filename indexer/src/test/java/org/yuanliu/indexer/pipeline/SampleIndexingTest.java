package org.yuanliu.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** The whole chain on the sample PDFs into the real node: what a librarian or student would search for. */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleIndexingTest {
    private ElasticsearchClient client;
    private IndexSchema schema;
    private Summary first;

    @BeforeAll
    void indexSamples(ElasticsearchClient client, IndexSchema schema) throws IOException {
        this.client = client;
        this.schema = schema;
        schema.ensure();
        first = index(List.of(Samples.dir()), false);
    }

    private Summary index(List<Path> paths, boolean force) throws IOException {
        IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
        try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(), writer, 2,
                Duration.ofSeconds(120))) {
            return indexer.index(InputFiles.expand(paths), force, Progress.NONE);
        }
    }

    private List<Hit<Map>> search(IndexKind kind, co.elastic.clients.elasticsearch._types.query_dsl.Query query) throws IOException {
        SearchResponse<Map> response = client.search(s -> s.index(schema.alias(kind)).query(query).size(100), Map.class);
        return response.hits().hits();
    }

    private Set<String> ids(IndexKind kind) throws IOException {
        Set<String> ids = new TreeSet<>();
        client.search(s -> s.index(schema.alias(kind)).size(1000).source(src -> src.fetch(false)), Map.class)
                .hits().hits().forEach(h -> ids.add(h.id()));
        return ids;
    }

    @Test
    void bothSamplesAreIndexedAndASecondRunChangesNothing() throws IOException {
        assertThat(first.count(Outcome.Status.INDEXED)).isEqualTo(2);
        assertThat(first.pages()).isEqualTo(25);
        Map<IndexKind, Set<String>> before = new java.util.EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            before.put(kind, ids(kind));
        }
        Summary again = index(List.of(Samples.dir()), false);
        assertThat(again.count(Outcome.Status.UNCHANGED)).isEqualTo(2);
        Summary forced = index(List.of(Samples.dir()), true);
        assertThat(forced.count(Outcome.Status.INDEXED)).isEqualTo(2);
        for (IndexKind kind : IndexKind.values()) {
            if (kind == IndexKind.JOURNAL) {
                // the journal refreshes on its own schedule; make its last deletes searchable before looking
                client.indices().refresh(r -> r.index(schema.alias(IndexKind.JOURNAL)));
                assertThat(ids(kind)).as("writes left unfinished").isEmpty();
            } else {
                assertThat(ids(kind)).as(kind.name()).isEqualTo(before.get(kind)).isNotEmpty();
            }
        }
    }

    @Test
    void anExactPhraseFindsASentenceThatCrossesAPrintedLineBreak() throws IOException {
        List<Hit<Map>> hits = search(IndexKind.PASSAGES, co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q
                .matchPhrase(m -> m.field("text.exact").query("隔绝了新中国与世界科技强国交流交往的可能"))));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).source()).containsEntry("page_start", 2).containsEntry("printed_page", "86");
    }

    @Test
    void noRunningHeadsAreSearchable() throws IOException {
        assertThat(search(IndexKind.PASSAGES, co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q
                .matchPhrase(m -> m.field("text.exact").query("Policy & Management Research"))))).isEmpty();
    }

    @Test
    void whichPassagesCiteDengXiaopingSelectedWorksVolumeTwo() throws IOException {
        List<Hit<Map>> sources = search(IndexKind.SOURCES, co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q
                .matchPhrase(m -> m.field("title.exact").query("邓小平文选"))));
        assertThat(sources).extracting(h -> h.source().get("volume")).containsExactlyInAnyOrder("第二卷", "第三卷");
        Map<?, ?> volumeTwo = sources.stream().filter(h -> "第二卷".equals(h.source().get("volume"))).findFirst().orElseThrow().source();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) volumeTwo.get("citations");
        assertThat(citations).hasSize(3);
        assertThat(citations).extracting(c -> c.get("cited_pages")).containsExactly("87", "91", "91");
        assertThat(citations).extracting(c -> c.get("marker")).containsExactly("④", "⑤", "⑥");
        assertThat(citations).allMatch(c -> c.get("page").equals(4));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPassageListsItsFootnotesWithTheSourcesTheyCite() throws IOException {
        List<Hit<Map>> hits = search(IndexKind.PASSAGES, co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q
                .term(t -> t.field("source_ids").value("邓小平文选||2|1994"))));
        assertThat(hits).hasSize(1);
        List<Map<String, Object>> footnotes = (List<Map<String, Object>>) hits.get(0).source().get("footnotes");
        assertThat(footnotes).filteredOn(f -> f.get("text").toString().contains("邓小平文选"))
                .singleElement().satisfies(f -> {
                    assertThat(f.get("markers")).isEqualTo(List.of("④", "⑤", "⑥"));
                    assertThat((List<String>) f.get("source_ids")).containsExactly("邓小平文选||2|1994");
                });
    }

    @Test
    void theQuotationOfDengXiaopingWithSpeakerPageAndSource() throws IOException {
        List<Hit<Map>> hits = search(IndexKind.QUOTATIONS, co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q
                .matchPhrase(m -> m.field("text.exact").query("独立自主不是闭关自守"))));
        assertThat(hits).isNotEmpty();
        Map<?, ?> quotation = hits.get(0).source();
        assertThat(quotation.get("speaker")).isEqualTo("邓小平");
        assertThat(quotation.get("page")).isEqualTo(4);
        assertThat((List<?>) quotation.get("source_ids")).anyMatch(id -> id.toString().startsWith("邓小平文选"));
    }

    @Test
    void passagesCarryFacetsWithEvidence() throws IOException {
        List<Hit<Map>> hits = search(IndexKind.PASSAGES, co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q
                .bool(b -> b.filter(f -> f.term(t -> t.field("country").value("SU")))
                        .filter(f -> f.term(t -> t.field("stage").value("1949-1977"))))));
        assertThat(hits).isNotEmpty();
        assertThat(hits).allMatch(h -> ((Map<?, ?>) ((Map<?, ?>) h.source().get("facet_evidence")).get("country")).containsKey("SU"));
    }

    @Test
    void aBadFileFailsAloneWithAReasonAndTouchesNothingElse(@TempDir Path dir) throws IOException {
        Path good = Files.copy(Samples.file(Samples.CAS), dir.resolve("good.pdf"));
        Files.writeString(good, "\n% another edition\n", java.nio.file.StandardOpenOption.APPEND); // not the sample's bytes
        Files.write(dir.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 1, 2, 3});
        Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Set<String> before = ids(IndexKind.PASSAGES);
        Summary summary = index(List.of(dir), false);
        assertThat(summary.count(Outcome.Status.FAILED)).isEqualTo(2);
        assertThat(summary.failures()).extracting(Outcome::name, Outcome::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("broken.pdf", RejectedFile.Reason.CORRUPT),
                org.assertj.core.groups.Tuple.tuple("empty.pdf", RejectedFile.Reason.EMPTY));
        assertThat(summary.outcomes()).filteredOn(o -> o.file().equals(good)).extracting(Outcome::status)
                .containsExactly(Outcome.Status.INDEXED);
        assertThat(ids(IndexKind.PASSAGES)).containsAll(before);
    }
}
