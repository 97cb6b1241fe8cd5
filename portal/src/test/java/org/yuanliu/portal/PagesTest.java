package org.yuanliu.portal;

import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.IndexedSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;

/**
 * The HTML pages on the indexed samples: labels, evidence, quotations, sources, the document view, the matrix and
 * the citation page; their escaping (on one crafted passage), language switch and security headers; and the 503
 * when the engine is gone.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
    private TestPortal portal;
    private TestPortal crafted;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexedSamples samples, IndexSchema markup) throws IOException {
        portal = TestPortal.start(node.engine().url(), samples.prefix());
        // no sample contains markup: one crafted passage shows that the page prints it as text
        markup.ensure();
        Corpus.index(node.client(), markup.alias(IndexKind.PASSAGES), List.of(Map.of(
                "id", "markup", "document_id", "crafted", "document_title", "<img src=x onerror=alert(1)>",
                "kind", "paragraph", "ordinal", 1, "page_start", 7, "section", "<b>节</b>",
                "text", "维尼纶 <script>alert(1)</script>", "country", List.of("SU"),
                "facet_evidence", Map.of("country", Map.of("SU", List.of(Map.of("text", "<i>苏</i>", "start", 0,
                        "end", 1, "kind", "ALIAS")))))));
        crafted = TestPortal.start(node.engine().url(), markup.prefix());
    }

    @AfterAll
    void stop() {
        portal.close();
        crafted.close();
    }

    @Test
    void theSearchPageShowsLabelledFacetsChipsTimelineAndWhyAPassageIsTagged() {
        HttpResponse<String> page = portal.get("/search?country=SU&stage=1949-1977");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("历史阶段").contains("年代分布").contains("<svg");
        assertThat(html).contains("新中国成立至改革开放前（1949—1977）").contains(">苏联<");
        assertThat(html).contains("class=\"chip\"").contains("国家：苏联");
        // facet hits explain themselves
        assertThat(html).contains("标引依据").contains("依据原文：").contains("<q>苏联</q>");
        assertThat(html).contains("/api/search/csv?country=SU&amp;stage=1949-1977");
    }

    @Test
    void everyPassageOffersMoreLikeItAndThatPageSaysWhatItShows() {
        String html = portal.get("/search?q=" + q("两弹一星")).body();
        java.util.regex.Matcher similar = java.util.regex.Pattern.compile("class=\"similar\" href=\"([^\"]+)\"").matcher(html);
        assertThat(similar.find()).as("a 'more like this' link on a hit").isTrue();
        assertThat(html).contains(">相似段落<");

        HttpResponse<String> like = portal.get(similar.group(1).replace("&amp;", "&"));
        assertThat(like.statusCode()).isEqualTo(200);
        assertThat(like.body()).contains("与所选段落用词相近的段落").contains("class=\"hit\"");
        assertThat(portal.get("/search?lang=en&q=" + q("两弹一星")).body()).contains(">More like this<").contains("lang=en");
    }

    @Test
    void markupFromTheIndexIsEscapedOnThePage() {
        String html = crafted.get("/search?q=" + q("维尼纶")).body();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>节</b>")
                .doesNotContain("<i>苏</i>");
        assertThat(html).contains("&lt;script&gt;").contains("&lt;i&gt;苏&lt;/i&gt;");
    }

    @Test
    void pagesCarrySecurityHeadersAndLoadOnlyTheirOwnScript() {
        HttpResponse<String> page = portal.get("/");
        assertThat(page.headers().firstValue("content-security-policy").orElse(""))
                .contains("frame-ancestors 'none'").contains("default-src 'none'").contains("script-src 'self';");
        assertThat(page.headers().firstValue("x-content-type-options")).contains("nosniff");
        assertThat(page.body()).contains("<script src=\"/static/copy.js\" defer></script>").doesNotContain("<script>");
        assertThat(portal.get("/static/copy.js").statusCode()).isEqualTo(200);
    }

    @Test
    void englishLabelsAreOneParameterAway() {
        String html = portal.get("/search?lang=en&country=SU").body();
        assertThat(html).contains("Historical stage").contains("Passages").contains("lang=\"en\"").contains("Soviet Union")
                .contains("Why these tags");
        assertThat(portal.get("/").body()).contains("历史阶段");
    }

    @Test
    void theQuotationsTabShowsSpeakerPageAndSourceOfEachPlace() {
        String html = portal.get("/search?tab=quotations&q=" + q("\"独立自主不是闭关自守\"")).body();
        assertThat(html).contains("<mark>独立自主不是闭关自守</mark>").contains("邓小平").contains("页 88")
                .contains("→ 邓小平文选").contains("讲话人").contains("出处");
        String grouped = portal.get("/search?tab=quotations&q=" + q("\"自力更生为主，争取外援为辅\"")).body();
        assertThat(grouped).contains("同一引语见于 2 处");
    }

    @Test
    void theSourcesTabIsACitationIndexWithFacets() {
        String html = portal.get("/search?tab=sources&q=" + q("邓小平文选")).body();
        assertThat(html).contains("邓小平文选").contains("文集、选集").contains("人民出版社").contains("被引")
                .contains("出版者").contains("来源类型");
        String source = portal.get("/sources/" + q(SearchApiTest.WENXUAN_2)).body();
        assertThat(source).contains("引用此来源的段落").contains("标记 ④").contains("标记 ⑤").contains("标记 ⑥")
                .contains("引用页码 91").contains(SearchApiTest.PARTY_HISTORY).contains("/cite/source/");
    }

    @Test
    void theDocumentViewLinksFootnoteMarkersToNotesThatOpenTheirSources() {
        String id = TestPortal.parse(portal.get("/api/documents").body()).get("documents").get(0).get("id").asText();
        String html = portal.get("/documents/" + id).body();
        assertThat(html).contains(SearchApiTest.PARTY_HISTORY).contains("一、").contains("第 4 页 (88)");
        assertThat(html).contains("<a class=\"fn\" href=\"#fn-4-").contains("<sup>⑤</sup>");
        assertThat(html).contains("href=\"/sources/" + q(SearchApiTest.WENXUAN_2).replace("+", "%20") + "\"");
        assertThat(html).contains("标引：").contains("/cite/passage/").contains("/cite/document/" + id);
    }

    @Test
    void theEvolutionMatrixIsAHeatMapWhoseCellsOpenTheirPassages() {
        String html = portal.get("/matrix").body();
        assertThat(html).contains("演化矩阵").contains("<table class=\"matrix\">").contains("“十三五”规划")
                .contains("一带一路").contains("class=\"heat-5\"").contains("href=\"/search?theme=");
        assertThat(portal.get("/matrix?view=country-stage&lang=en").body()).contains("Soviet Union")
                .contains("Country × stage");
    }

    @Test
    void theCitationPageOffersEveryFormatToCopyAndDownload() {
        String html = portal.get("/cite/source/" + q(SearchApiTest.WENXUAN_2)).body();
        assertThat(html).contains("GB/T 7714—2015（顺序编码制）").contains("<textarea readonly")
                .contains("邓小平文选: 第二卷[M]. 北京: 人民出版社, 1994: 87, 91.")
                .contains("data-copy=\"text-gbt7714\"").contains("@book{").contains("TY  - BOOK")
                .contains("/api/cite/source/").contains("/bibtex\"");
    }

    @Test
    void badPageRequestsGetAFriendlyPage() {
        HttpResponse<String> response = portal.get("/search?page=-1");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<html").contains("page");
        HttpResponse<String> missing = portal.get("/documents/none");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html");
        assertThat(portal.get("/cite/passage/none").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutTheEngineSearchesAnswer503AndHealthIsDown() {
        try (TestPortal orphan = TestPortal.start(java.net.URI.create("http://127.0.0.1:9"), "nothing")) {
            HttpResponse<String> api = orphan.get("/api/search?q=" + q("苏联"));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(TestPortal.parse(api.body()).get("message").asText()).contains("cannot be reached");
            HttpResponse<String> page = orphan.get("/search?q=" + q("苏联"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("检索引擎暂时无法访问");
            HttpResponse<String> health = orphan.get("/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
        }
    }
}
