package org.yuanliu.indexer.index;

import java.net.URI;
import java.util.Base64;
import java.util.Optional;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * How to reach Elasticsearch: a URL and, for a secured cluster, an API key or user and password.
 *
 * @param url      e.g. {@code http://127.0.0.1:9200} or {@code https://search.example.org:9243}
 * @param apiKey   encoded API key, sent as {@code Authorization: ApiKey …}
 * @param username user for basic authentication (with password)
 * @param password password for basic authentication
 */
public record ElasticsearchConnection(URI url, Optional<String> apiKey, Optional<String> username,
                                      Optional<String> password) {

    public static ElasticsearchConnection of(URI url) {
        return new ElasticsearchConnection(url, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A typed client; closing it closes the underlying HTTP connections. */
    public ElasticsearchClient client() {
        var builder = RestClient.builder(HttpHost.create(url.toString()));
        Optional<Header> authorization = apiKey.<Header>map(key -> new BasicHeader("Authorization", "ApiKey " + key))
                .or(() -> username.map(user -> new BasicHeader("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password.orElse("")).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        authorization.ifPresent(header -> builder.setDefaultHeaders(new Header[] {header}));
        return new ElasticsearchClient(new RestClientTransport(builder.build(), new JacksonJsonpMapper()));
    }
}
