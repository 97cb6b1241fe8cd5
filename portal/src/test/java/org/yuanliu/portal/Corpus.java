package org.yuanliu.portal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;

/** Indexes crafted records straight into an alias, for the few cases the samples cannot show (markup in a passage). */
public final class Corpus {
    private Corpus() {
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
