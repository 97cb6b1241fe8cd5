package org.yuanliu.portal.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The typed Elasticsearch client. Built here rather than with the indexer's connection helper because the portal
 * needs short timeouts: a search must fail fast (and show the 503 page) when the engine is gone, not hang.
 */
@Factory
public class EngineClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    RestClient restClient(EngineSettings settings) {
        var builder = RestClient.builder(HttpHost.create(settings.url().toString()))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setSocketTimeout((int) settings.socketTimeout().toMillis()));
        authorization(settings).ifPresent(header -> builder.setDefaultHeaders(new Header[] {header}));
        return builder.build();
    }

    @Singleton
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        // Index fields are snake_case; unknown fields are tolerated so that the indexer may add fields first.
        ObjectMapper documents = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                // a keyword field holds one value or several; the portal always reads a list
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(documents)));
    }

    private static Optional<Header> authorization(EngineSettings settings) {
        return settings.apiKeyIfSet().<Header>map(key -> new BasicHeader("Authorization", "ApiKey " + key))
                .or(() -> settings.usernameIfSet().map(user -> new BasicHeader("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + settings.passwordOrEmpty())
                                .getBytes(StandardCharsets.UTF_8)))));
    }
}
