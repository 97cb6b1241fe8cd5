package org.yuanliu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.IndexedSamples;
import org.yuanliu.indexer.RealElasticsearch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The policy PDFs of evaluation/policy/ (made by LibreOffice: a GB/T 9704 notice and opinion, a regulation with
 * articles, a plan as a web PDF, a white paper) indexed by the real indexer, as a journalist and a student use them:
 * facets by issuer, document type and year issued; the document's own fields; a passage cited by its article.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyPortalTest {
    private TestPortal portal;

    @BeforeAll
    void start(RealElasticsearch.Node node) {
        Path policies = Path.of(System.getProperty("yuanliu.samples", "../samples")).toAbsolutePath().getParent()
                .resolve("evaluation/policy");
        IndexedSamples indexed = IndexedSamples.index(node.client(), "policy-docs-" + java.util.UUID.randomUUID().toString().substring(0, 8), policies);
        portal = TestPortal.start(node.engine().url(), indexed.prefix());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void passagesAreFacetedByIssuerDocumentTypeAndYearIssued() {
        JsonNode all = portal.json("/api/search?size=1");
        assertThat(SearchApiTest.facet(all, "issuer")).containsKeys("国务院", "国务院办公厅", "中华人民共和国国务院新闻办公室");
        assertThat(SearchApiTest.facet(all, "policy_type")).containsKeys("notice", "opinion", "regulation", "plan", "white_paper");
        assertThat(SearchApiTest.facet(all, "year_issued")).containsKeys("2006", "2019", "2021");
        JsonNode notices = portal.json("/api/search?policy_type=notice&size=50");
        assertThat(notices.get("total").asInt()).isPositive();
        notices.get("hits").forEach(h -> assertThat(h.get("documentTitle").asText()).endsWith("的通知"));
    }

    @Test
    void theDocumentViewShowsThePolicysOwnFields() {
        String id = portal.json("/api/search?policy_type=notice&size=1").get("hits").get(0).get("documentId").asText();
        String page = portal.get("/documents/" + id + "?lang=zh").body();
        assertThat(page).contains("发文字号").contains("国办发〔2021〕15号").contains("2021-06-03")
                .contains("附件1 基层综合性文化服务中心建设基本标准");
        // the 发文机关标志 is not the title
        assertThat(page).contains("<h1>国务院办公厅关于进一步加强基层公共文化服务设施建设管理的通知</h1>");
    }

    @Test
    void aPassageOfARegulationIsCitedByItsArticleAndTheDocumentByItsIssuer() {
        JsonNode hit = portal.json("/api/search?policy_type=regulation&q=" + q("\"充电\"") + "&size=1").get("hits").get(0);
        JsonNode formats = portal.json("/api/cite/passage/" + q(hit.get("id").asText())).get("formats");
        assertThat(formats.get("gbt7714").asText()).startsWith("国务院. 电动自行车安全管理条例").containsPattern("第[一二三四五六七八九十]+条");
    }
}
