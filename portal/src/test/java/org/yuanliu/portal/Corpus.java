package org.yuanliu.portal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;

/**
 * Seeds the four indices from {@code fixture/corpus.json}: passages, sources and quotations taken from the sample
 * PDFs, shaped as the indexer writes them. The mappings are strict, so a fixture that drifts from them fails here.
 */
public final class Corpus {
    private Corpus() {
    }

    public static void load(ElasticsearchClient client, IndexSchema schema) throws IOException {
        Map<String, List<Map<String, Object>>> corpus;
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream("fixture/corpus.json")) {
            corpus = new ObjectMapper().readValue(in, new TypeReference<>() { });
        }
        index(client, schema.alias(IndexKind.DOCUMENTS), corpus.get("documents"));
        index(client, schema.alias(IndexKind.PASSAGES), corpus.get("passages"));
        index(client, schema.alias(IndexKind.SOURCES), corpus.get("sources"));
        index(client, schema.alias(IndexKind.QUOTATIONS), corpus.get("quotations"));
    }

    public static void index(ElasticsearchClient client, String alias, List<Map<String, Object>> documents)
            throws IOException {
        BulkResponse response = client.bulk(b -> {
            for (Map<String, Object> document : documents) {
                Map<String, Object> body = new LinkedHashMap<>(document);
                String id = (String) body.remove("id");
                b.operations(op -> op.index(i -> i.index(alias).id(id).document(body)));
            }
            return b.refresh(Refresh.True);
        });
        if (response.errors()) {
            throw new IllegalStateException("fixture does not fit the mapping of " + alias + ": " + response.items().stream()
                    .filter(item -> item.error() != null).map(item -> item.id() + ": " + item.error().reason()).toList());
        }
    }
}
