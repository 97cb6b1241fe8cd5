package org.yuanliu.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.RealElasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;

/** The real node with our IK plugin, and indices created from the mappings module. */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseAnalysisTest {
    private ElasticsearchClient client;
    private IndexSchema schema;

    @BeforeAll
    void createIndices(ElasticsearchClient client, IndexSchema schema) throws IOException {
        this.client = client;
        this.schema = schema;
        schema.ensure();
        index("a", "我国国际科技合作政策演进研究");
        index("b", "邓小平指出：“独立自主不是闭关自守，自力更生不是盲目排外。”");
        index("c", "闭关自守不是独立自主，这句话的字序颠倒了。");
    }

    private void index(String id, String text) throws IOException {
        client.index(i -> i.index(schema.alias(IndexKind.PASSAGES)).id(id).document(Map.of("text", text))
                .refresh(Refresh.True));
    }

    private List<String> analyze(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.analyzer(analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token).toList();
    }

    @Test
    void indicesAreCreatedFromTheMappingsBehindAliases() throws IOException {
        for (IndexKind kind : IndexKind.values()) {
            assertThat(schema.concreteIndices(schema.alias(kind))).hasSize(1);
        }
        String index = schema.concreteIndices(schema.alias(IndexKind.PASSAGES)).iterator().next();
        Property text = client.indices().getMapping(m -> m.index(index)).result().get(index).mappings()
                .properties().get("text");
        assertThat(text.text().analyzer()).isEqualTo("ik_max_word");
        assertThat(text.text().searchAnalyzer()).isEqualTo("ik_smart");
        assertThat(text.text().fields().get("exact").text().analyzer()).isEqualTo("standard");
    }

    @Test
    void domainDictionaryKeepsTermsWhole() throws IOException {
        assertThat(analyze("ik_smart", "一带一路")).containsExactly("一带一路");
        assertThat(analyze("ik_max_word", "一带一路")).contains("一带一路");
        assertThat(analyze("ik_smart", "国际科技合作")).containsExactly("国际科技合作");
        assertThat(analyze("ik_smart", "巴黎统筹委员会决定放宽")).startsWith("巴黎统筹委员会");
    }

    @Test
    void smartQueryFindsAWordInsideALongerIndexedTerm() throws IOException {
        SearchResponse<Map> response = client.search(s -> s.index(schema.alias(IndexKind.PASSAGES))
                .query(q -> q.match(m -> m.field("text").query("科技合作"))), Map.class);
        assertThat(response.hits().hits()).extracting(h -> h.id()).containsExactly("a");
    }

    @Test
    void exactSubfieldFindsTheQuotationAndNotTheSameCharactersReordered() throws IOException {
        SearchResponse<Map> response = client.search(s -> s.index(schema.alias(IndexKind.PASSAGES))
                .query(q -> q.matchPhrase(m -> m.field("text.exact").query("独立自主不是闭关自守"))), Map.class);
        assertThat(response.hits().hits()).extracting(h -> h.id()).containsExactly("b");
    }
}
