package org.yuanliu.portal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.portal.Corpus;
import org.yuanliu.portal.TestPortal;

import com.fasterxml.jackson.databind.JsonNode;

/** A source cited by many passages lists them a page at a time, on its page and in the API, each passage once. */
@ExtendWith(RealElasticsearch.class)
class SourcePagingTest {
    private static final int CITING = 120;
    private static TestPortal portal;

    @BeforeAll
    static void start(RealElasticsearch.Node node, IndexSchema schema) throws Exception {
        schema.ensure();
        List<Map<String, Object>> passages = new ArrayList<>();
        List<Map<String, Object>> citations = new ArrayList<>();
        for (int i = 0; i < CITING; i++) {
            passages.add(Map.of("id", "p" + i, "document_id", "d" + (i / 10), "document_title", "文件" + (i / 10),
                    "kind", "paragraph", "ordinal", i % 10, "page_start", 1, "text", "第" + i + "段引用《邓小平文选》"));
            citations.add(Map.of("document_id", "d" + (i / 10), "passage_id", "p" + i, "page", 1, "marker", "①"));
        }
        Corpus.index(node.client(), schema.alias(IndexKind.PASSAGES), passages);
        Corpus.index(node.client(), schema.alias(IndexKind.SOURCES), List.of(Map.of("id", "wenxuan", "kind", "book",
                "title", "邓小平文选", "citation_count", CITING, "citations", citations)));
        portal = TestPortal.start(node.engine().url(), schema.prefix());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void citingPassagesComeAPageOfFiftyAtATime() {
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode detail = portal.json("/api/sources/wenxuan?page=" + page);
            assertThat(detail.get("total").asInt()).isEqualTo(CITING);
            assertThat(detail.get("lastPage").asInt()).isEqualTo(3);
            assertThat(detail.get("citedBy")).hasSize(page < 3 ? 50 : 20);
            detail.get("citedBy").forEach(c -> assertThat(seen.add(c.get("passageId").asText())).isTrue());
        }
        assertThat(seen).hasSize(CITING);
        String html = portal.get("/sources/wenxuan?page=2").body();
        assertThat(html).contains("rel=\"prev\"").contains("rel=\"next\"").contains("page=3").contains("第50段");
        assertThat(html).doesNotContain("第49段").doesNotContain("第100段");
    }
}
