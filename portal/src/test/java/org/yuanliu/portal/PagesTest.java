package org.yuanliu.portal;

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

/** The HTML pages, their escaping, language switch and security headers; and the 503 when the engine is gone. */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
    private TestPortal portal;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexSchema schema) throws IOException {
        schema.ensure();
        Corpus.load(node.client(), schema);
        Corpus.index(node.client(), schema.alias(IndexKind.PASSAGES), List.of(Map.of(
                "id", "markup", "document_id", "cas-2020", "document_title", "<img src=x onerror=alert(1)>",
                "kind", "paragraph", "ordinal", 98, "page_start", 7, "section", "<b>节</b>",
                "text", "维尼纶 <script>alert(1)</script>")));
        portal = TestPortal.start(node.engine().url(), schema.prefix());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void theSearchPageShowsResultsFacetsChipsAndTimeline() {
        HttpResponse<String> page = portal.get("/search?q=" + q("苏联") + "&country=" + q("苏联"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("历史阶段").contains("年代分布").contains("<svg").contains("<mark>苏联</mark>");
        assertThat(html).contains("class=\"chip\"");
        // the chip removes the country filter but keeps the query
        assertThat(html).contains("href=\"/search?q=%E8%8B%8F%E8%81%94\"");
    }

    @Test
    void markupFromTheIndexIsEscapedOnThePage() {
        String html = portal.get("/search?q=" + q("维尼纶")).body();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>节</b>");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> page = portal.get("/");
        assertThat(page.headers().firstValue("content-security-policy").orElse(""))
                .contains("frame-ancestors 'none'").contains("default-src 'none'");
        assertThat(page.headers().firstValue("x-content-type-options")).contains("nosniff");
        assertThat(page.headers().firstValue("referrer-policy")).isPresent();
    }

    @Test
    void englishLabelsAreOneParameterAway() {
        String html = portal.get("/search?lang=en").body();
        assertThat(html).contains("Historical stage").contains("Passages").contains("lang=\"en\"");
        assertThat(portal.get("/").body()).contains("历史阶段");
    }

    @Test
    void everyTabRenders() {
        assertThat(portal.get("/search?tab=quotations&q=" + q("尖端技术")).body()).contains("赫鲁晓夫");
        assertThat(portal.get("/search?tab=sources").body()).contains("毛泽东文集（第八卷）");
        assertThat(portal.get("/search?tab=documents").body()).contains("我国国际科技合作政策演进研究");
    }

    @Test
    void theDocumentViewLinksFootnoteMarkersToNotesThatOpenTheirSources() {
        String html = portal.get("/documents/party-history-2024").body();
        assertThat(html).contains("一、发展历程").contains("新中国成立以来");
        assertThat(html).contains("<a class=\"fn\" href=\"#fn-3-1\"><sup>③</sup></a>");
        assertThat(html).contains("id=\"fn-3-1\"").contains("href=\"/sources/src-nie-1984\"");
        String source = portal.get("/sources/src-nie-1984").body();
        assertThat(source).contains("聂荣臻同志和科技工作").contains("/documents/party-history-2024#passage-party-history-2024-p0004");
    }

    @Test
    void badPageRequestsGetAFriendlyPage() {
        HttpResponse<String> response = portal.get("/search?page=-1");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<html").contains("page");
        HttpResponse<String> missing = portal.get("/documents/none");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html");
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
