package org.yuanliu.portal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.portal.Corpus;
import org.yuanliu.portal.TestPortal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * A CSV export gives every hit, beyond the deepest page a visitor may reach (1,000) and across the export's pages of
 * 500, each passage once, in the search's order, up to the configured cap; a filter narrows it as on the page.
 */
@ExtendWith(RealElasticsearch.class)
class CsvExportTest {
    private static final int PASSAGES = 1_234;
    private static final Pattern LINK = Pattern.compile("/documents/d\\d+[^#\"]*#passage-(p\\d+)");
    private static TestPortal portal;
    private static TestPortal capped;

    @BeforeAll
    static void start(RealElasticsearch.Node node, IndexSchema schema) throws Exception {
        ElasticsearchClient client = node.client();
        schema.ensure();
        List<Map<String, Object>> passages = new ArrayList<>();
        for (int i = 0; i < PASSAGES; i++) {
            Map<String, Object> passage = new HashMap<>(Map.of("id", "p" + i, "document_id", "d" + (i / 100),
                    "document_title", "文件" + (i / 100), "kind", "paragraph", "ordinal", i % 100, "page_start", 1 + i % 7,
                    "text", "第" + i + "段：同苏联的科技合作", "country", List.of(i % 2 == 0 ? "SU" : "US")));
            passages.add(passage);
        }
        for (int from = 0; from < PASSAGES; from += 500) {
            Corpus.index(client, schema.alias(IndexKind.PASSAGES), passages.subList(from, Math.min(PASSAGES, from + 500)));
        }
        portal = TestPortal.start(node.engine().url(), schema.prefix());
        capped = TestPortal.start(node.engine().url(), schema.prefix(),
                Map.of("yuanliu.search.max-export-rows", 300));
    }

    @AfterAll
    static void stop() {
        portal.close();
        capped.close();
    }

    @Test
    void everyHitIsOneRowBeyondTheDeepestPageAndAcrossExportPages() {
        List<String> ids = passageIds(portal.get("/api/search/csv?q=" + q("科技合作")));
        assertThat(ids).hasSize(PASSAGES);
        assertThat(new HashSet<>(ids)).as("each passage once").hasSize(PASSAGES);
    }

    @Test
    void aFilterNarrowsTheExportAndTheOrderIsTheSearchOrder() {
        List<String> su = passageIds(portal.get("/api/search/csv?country=SU&sort=year"));
        assertThat(su).hasSize(PASSAGES / 2);
        assertThat(su).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1)) % 2).isZero());
        // without a query and sorted by year (none here), the order is reading order: document, then ordinal
        List<String> firstDocument = su.subList(0, 50);
        assertThat(firstDocument).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> "p" + (2 * i)).toList());
    }

    @Test
    void theConfiguredCapStopsTheExport() {
        assertThat(passageIds(capped.get("/api/search/csv?q=" + q("苏联")))).hasSize(300);
    }

    private static List<String> passageIds(HttpResponse<String> csv) {
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF\"document\",");
        List<String> ids = new ArrayList<>();
        Matcher link = LINK.matcher(csv.body());
        while (link.find()) {
            ids.add(link.group(1));
        }
        Set<String> lines = new HashSet<>(List.of(csv.body().split("\r\n")));
        assertThat(lines.size()).isGreaterThanOrEqualTo(ids.size());
        return ids;
    }
}
