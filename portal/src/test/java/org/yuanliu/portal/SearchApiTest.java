package org.yuanliu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON API against a real node seeded with passages, sources and quotations from the sample PDFs. */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {
    private TestPortal portal;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexSchema schema) throws IOException {
        schema.ensure();
        Corpus.load(node.client(), schema);
        Corpus.index(node.client(), schema.alias(IndexKind.PASSAGES), List.of(Map.of(
                "id", "ocr-garbage", "document_id", "cas-2020", "document_title", "<i>未校对</i>的扫描件",
                "kind", "paragraph", "ordinal", 99, "page_start", 7,
                "text", "扫描件里混进了标记 <script>alert(\"x\")</script> 与巴黎统筹委员会 & <b>粗体</b>。")));
        portal = TestPortal.start(node.engine().url(), schema.prefix());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static Map<String, Long> facet(JsonNode results, String name) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        results.get("facets").forEach(f -> {
            if (f.get("name").asText().equals(name)) {
                f.get("values").forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
            }
        });
        return counts;
    }

    @Test
    void aPhraseFindsTheExactQuotationAndNotTheSameWordsReordered() {
        JsonNode exact = portal.json("/api/search?q=" + q("\"自力更生为主，争取外援为辅\""));
        assertThat(ids(exact)).containsExactly("party-history-2024-p0001");
        // p0004 has 自力更生为主 and 外援 too, but says 力争外援: not the quotation
        assertThat(ids(exact)).doesNotContain("party-history-2024-p0004");

        JsonNode reordered = portal.json("/api/search?q=" + q("“争取外援为辅，自力更生为主”"));
        assertThat(reordered.get("total").asLong()).isZero();

        JsonNode words = portal.json("/api/search?q=" + q("争取外援为辅 自力更生为主"));
        assertThat(ids(words)).contains("party-history-2024-p0001");
    }

    @Test
    void theSnippetHighlightsTheHitAndEscapesMarkupFromTheSourceText() {
        JsonNode results = portal.json("/api/search?q=" + q("巴黎统筹委员会"));
        assertThat(ids(results)).containsExactly("ocr-garbage");
        String snippet = results.get("hits").get(0).get("snippetHtml").asText();
        assertThat(snippet).contains("&lt;script&gt;").contains("&amp;").contains("&lt;b&gt;")
                .doesNotContain("<script").doesNotContain("<b>");
        assertThat(snippet).contains("<mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    }

    @Test
    void wordsAreAndedExclusionsRemoveAndOrWidens() {
        assertThat(ids(portal.json("/api/search?q=" + q("自力更生 外援"))))
                .containsExactlyInAnyOrder("party-history-2024-p0001", "party-history-2024-p0004");
        assertThat(ids(portal.json("/api/search?q=" + q("自力更生 外援 -聂荣臻"))))
                .containsExactly("party-history-2024-p0001");
        assertThat(ids(portal.json("/api/search?q=" + q("捷克斯洛伐克 OR 赫鲁晓夫"))))
                .containsExactlyInAnyOrder("cas-2020-p0002", "party-history-2024-p0005");
    }

    @Test
    void valuesOfOneFacetAreOredAndFacetsAreAnded() {
        JsonNode either = portal.json("/api/search?country=" + q("法国") + "&country=" + q("美国"));
        assertThat(ids(either)).containsExactlyInAnyOrder("party-history-2024-p0006", "party-history-2024-p0007");

        JsonNode both = portal.json("/api/search?country=" + q("法国") + "&country=" + q("美国") + "&theme=" + q("学术交流"));
        assertThat(ids(both)).containsExactly("party-history-2024-p0007");

        // the country facet is counted without its own selection, so other countries can still be added ...
        JsonNode france = portal.json("/api/search?country=" + q("法国"));
        assertThat(facet(france, "country")).containsEntry("苏联", 4L).containsEntry("法国", 1L);
        // ... while the other facets count only what the selection leaves
        assertThat(facet(france, "theme")).containsOnlyKeys("技术引进");
        assertThat(facet(france, "document")).containsOnlyKeys("party-history-2024");
    }

    @Test
    void theDocumentFacetIsLabelledWithTitles() {
        JsonNode all = portal.json("/api/search");
        JsonNode document = null;
        for (JsonNode f : all.get("facets")) {
            if (f.get("name").asText().equals("document")) {
                document = f.get("values");
            }
        }
        assertThat(document).isNotNull();
        assertThat(document.toString()).contains("我国国际科技合作政策演进研究及对新时期政策布局的思考");
    }

    @Test
    void theTimelineCountsErasAndAnEraFilters() {
        JsonNode all = portal.json("/api/search?interval=10");
        List<Integer> starts = new ArrayList<>();
        all.get("timeline").forEach(bar -> starts.add(bar.get("from").asInt()));
        assertThat(starts).contains(1940, 1950, 1960, 1970, 2000, 2010);

        JsonNode sixties = portal.json("/api/search?from=1960&to=1969&interval=10");
        assertThat(ids(sixties)).containsExactlyInAnyOrder("party-history-2024-p0005", "party-history-2024-p0006");
        // the timeline still shows the other eras, with the chosen one marked
        assertThat(sixties.get("timeline").size()).isEqualTo(all.get("timeline").size());
        sixties.get("timeline").forEach(bar -> assertThat(bar.get("selected").asBoolean())
                .isEqualTo(bar.get("from").asInt() == 1960));
    }

    @Test
    void sortingByYearPutsTheEarliestEventFirst() {
        JsonNode byYear = portal.json("/api/search?q=" + q("苏联") + "&sort=year");
        List<Integer> earliest = new ArrayList<>();
        byYear.get("hits").forEach(hit -> earliest.add(hit.get("years").get(0).asInt()));
        assertThat(earliest).isSorted().startsWith(1950);
        JsonNode latest = portal.json("/api/search?sort=year_desc");
        assertThat(ids(latest).get(0)).isEqualTo("cas-2020-p0003");
    }

    @Test
    void hitsCarryDocumentPageSectionAndTheSourcesCited() {
        JsonNode hit = portal.json("/api/search?q=" + q("闭关锁国")).get("hits").get(0);
        assertThat(hit.get("documentTitle").asText()).isEqualTo("新中国对外科技合作交流的发展历程、基本经验与现实启示");
        assertThat(hit.get("pageStart").asInt()).isEqualTo(3);
        assertThat(hit.get("printedPage").asText()).isEqualTo("87");
        assertThat(hit.get("section").asText()).startsWith("（一）");
        assertThat(hit.get("footnotes").get(0).get("marker").asText()).isEqualTo("③");
        assertThat(hit.get("sourceIds").get(0).asText()).isEqualTo("src-nie-1984");
    }

    @Test
    void badRequestsAnswer400WithAMessage() {
        assertBadRequest("/api/search?page=0", "'page' must be 1 or more");
        assertBadRequest("/api/search?page=abc", "'page' must be a whole number");
        assertBadRequest("/api/search?page=999", "Only the first 100 results");
        assertBadRequest("/api/search?size=500", "'size' must be between 1 and 50");
        assertBadRequest("/api/search?sort=random", "'sort' must be one of relevance, year, year_desc");
        assertBadRequest("/api/search?contry=x", "Unknown parameter 'contry'");
        assertBadRequest("/api/search?publication_year=recent", "must be numbers");
        assertBadRequest("/api/search?from=1990&to=1980", "must not be after");
        assertBadRequest("/api/sources?sort=popular", "'sort' must be one of");
    }

    private void assertBadRequest(String path, String message) {
        HttpResponse<String> response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode body = TestPortal.parse(response.body());
        assertThat(body.get("message").asText()).as(path).contains(message);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void sourcesAreRankedByCitationsAndShowEveryCitingPassage() {
        JsonNode sources = portal.json("/api/sources");
        assertThat(sources.get("sources").get(0).get("id").asText()).isEqualTo("src-mao-wenji-8");
        assertThat(sources.get("sources").get(0).get("citationCount").asInt()).isEqualTo(2);

        JsonNode wenji = portal.json("/api/sources/src-mao-wenji-8");
        assertThat(wenji.get("citedBy")).hasSize(2);
        JsonNode first = wenji.get("citedBy").get(0);
        assertThat(first.get("documentTitle").asText()).isEqualTo("新中国对外科技合作交流的发展历程、基本经验与现实启示");
        assertThat(first.get("page").asInt()).isEqualTo(3);
        assertThat(first.get("marker").asText()).isEqualTo("⑥");
        assertThat(first.get("passageText").asText()).contains("它们的文化科学我们要学习");

        assertThat(portal.get("/api/sources/no-such-source").statusCode()).isEqualTo(404);
    }

    @Test
    void quotationsAreFoundByPhraseAndFacetedBySpeaker() {
        JsonNode results = portal.json("/api/quotations?q=" + q("\"不搞闭关锁国\""));
        assertThat(ids(results)).containsExactly("q-nie-1956");
        assertThat(results.get("hits").get(0).get("documentTitle").asText()).startsWith("新中国对外科技合作交流");

        JsonNode mao = portal.json("/api/quotations?speaker=" + q("毛泽东"));
        assertThat(ids(mao)).containsExactlyInAnyOrder("q-mao-1960", "q-mao-1956");
        assertThat(facet(mao, "speaker")).containsEntry("聂荣臻", 1L).containsEntry("毛泽东", 2L);
    }

    @Test
    void documentsListAndOneDocumentPageByPage() {
        JsonNode list = portal.json("/api/documents");
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("documents").get(0).get("id").asText()).isEqualTo("party-history-2024");

        JsonNode doc = portal.json("/api/documents/party-history-2024");
        assertThat(doc.get("document").get("abstract").asText()).startsWith("新中国成立以来");
        assertThat(doc.get("contents").get(0).get("text").asText()).isEqualTo("一、发展历程");
        List<Integer> pages = new ArrayList<>();
        doc.get("pages").forEach(p -> pages.add(p.get("page").asInt()));
        assertThat(pages).containsExactly(1, 2, 3, 4);
        assertThat(doc.get("pages").get(2).get("footnotes")).hasSize(4);

        assertThat(portal.get("/api/documents/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void thePortalReadsTheAliasesTheIndexerCreates() {
        var indices = new org.yuanliu.portal.engine.Indices("p");
        assertThat(indices.passages()).isEqualTo(IndexKind.PASSAGES.alias("p"));
        assertThat(indices.documents()).isEqualTo(IndexKind.DOCUMENTS.alias("p"));
        assertThat(indices.sources()).isEqualTo(IndexKind.SOURCES.alias("p"));
        assertThat(indices.quotations()).isEqualTo(IndexKind.QUOTATIONS.alias("p"));
    }

    @Test
    void healthReportsTheEngine() {
        JsonNode health = portal.json("/health");
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.toString()).contains("elasticsearch");
    }
}
