package org.yuanliu.portal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.http.Header;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuanliu.indexer.index.NodeUrls;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The typed Elasticsearch clients, pointed at the configured cluster or else at the local node. Searches get short
 * timeouts (a search must fail fast and show the 503 page when the engine is gone, not hang); indexing gets its own
 * client with a long read timeout and the plain (field names as written) JSON mapper the indexer expects.
 */
@Factory
public class EngineClientFactory {
    private static final Logger LOG = LoggerFactory.getLogger(EngineClientFactory.class);

    @Singleton
    EngineEndpoint endpoint(EngineSettings settings, Optional<LocalNode> localNode) {
        Optional<List<URI>> external = settings.externalUrls();
        if (external.isPresent()) {
            EngineEndpoint endpoint = new EngineEndpoint(external.get(), false);
            LOG.info("Using the Elasticsearch cluster at {} (no local node)", endpoint.describe());
            return endpoint;
        }
        LocalNode node = localNode.orElseThrow(() -> new IllegalStateException(
                "no Elasticsearch: set yuanliu.elasticsearch.url (ELASTICSEARCH_URL) or let the portal start its local node"));
        return new EngineEndpoint(List.of(node.url()), true);
    }

    @Singleton
    @Primary
    @Bean(preDestroy = "close")
    RestClient restClient(EngineSettings settings, EngineEndpoint endpoint) {
        return build(settings, endpoint, settings.socketTimeout());
    }

    @Singleton
    @Named("indexing")
    @Bean(preDestroy = "close")
    RestClient indexingRestClient(EngineSettings settings, EngineEndpoint endpoint) {
        return build(settings, endpoint, settings.indexingTimeout());
    }

    @Singleton
    @Primary
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        // Index fields are snake_case; unknown fields are tolerated so that the indexer may add fields first.
        ObjectMapper documents = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                // a keyword field holds one value or several; the portal always reads a list
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(documents)));
    }

    /** The client the indexer library writes with (records are maps; the default mapper, as in the indexer CLI). */
    @Singleton
    @Named("indexing")
    ElasticsearchClient indexingClient(@Named("indexing") RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    private static RestClient build(EngineSettings settings, EngineEndpoint endpoint, Duration socketTimeout) {
        var builder = RestClient.builder(NodeUrls.hosts(endpoint.urls()))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setSocketTimeout((int) socketTimeout.toMillis()));
        authorization(settings).ifPresent(header -> builder.setDefaultHeaders(new Header[] {header}));
        if (settings.caCertificateIfSet().isPresent()) {
            SSLContext ssl = trusting(settings.caCertificateIfSet().get());
            builder.setHttpClientConfigCallback(http -> http.setSSLContext(ssl));
        }
        return builder.build();
    }

    private static Optional<Header> authorization(EngineSettings settings) {
        return settings.apiKeyIfSet().<Header>map(key -> new BasicHeader("Authorization", "ApiKey " + key))
                .or(() -> settings.usernameIfSet().map(user -> new BasicHeader("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + settings.passwordOrEmpty())
                                .getBytes(StandardCharsets.UTF_8)))));
    }

    /** TLS that trusts the cluster's CA (e.g. Elasticsearch's generated {@code http_ca.crt}). */
    private static SSLContext trusting(Path caCertificate) {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the CA certificate " + caCertificate
                    + " (yuanliu.elasticsearch.ca-certificate): " + e.getMessage(), e);
        }
    }
}
