package org.yuanliu.indexer.index;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.http.Header;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * How to reach Elasticsearch: its nodes' URLs and, for a secured cluster, an API key or user and password.
 *
 * @param urls     e.g. {@code http://127.0.0.1:9200} or several nodes of one cluster (see {@link NodeUrls})
 * @param apiKey   encoded API key, sent as {@code Authorization: ApiKey …}
 * @param username user for basic authentication (with password)
 * @param password password for basic authentication
 */
public record ElasticsearchConnection(List<URI> urls, Optional<String> apiKey, Optional<String> username,
                                      Optional<String> password) {

    public ElasticsearchConnection {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Elasticsearch node given");
        }
    }

    public static ElasticsearchConnection of(URI url) {
        return new ElasticsearchConnection(List.of(url), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A typed client; closing it closes the underlying HTTP connections. */
    public ElasticsearchClient client() {
        var builder = RestClient.builder(NodeUrls.hosts(urls));
        Optional<Header> authorization = apiKey.<Header>map(key -> new BasicHeader("Authorization", "ApiKey " + key))
                .or(() -> username.map(user -> new BasicHeader("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password.orElse("")).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        authorization.ifPresent(header -> builder.setDefaultHeaders(new Header[] {header}));
        return new ElasticsearchClient(new RestClientTransport(builder.build(), new JacksonJsonpMapper()));
    }
}
