package org.yuanliu.portal.engine;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.yuanliu.indexer.index.NodeUrls;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the portal finds Elasticsearch ({@code yuanliu.elasticsearch.*} in application.yml). Without a URL the
 * portal starts (or reuses) its own local node ({@code yuanliu.engine.*}); with one, it uses that cluster and starts
 * nothing. Blank values count as absent, so that {@code ${ELASTICSEARCH_API_KEY:}} can stay in the configuration file.
 *
 * @param url            an external cluster, e.g. {@code https://search.example.org:9243}, or several of its nodes
 *                       separated by commas (requests fail over between them); blank: the local node
 * @param apiKey         encoded API key, sent as {@code Authorization: ApiKey …}
 * @param username       user for basic authentication
 * @param password       password for basic authentication
 * @param caCertificate  PEM file of the CA that signed the cluster's certificate (when the JVM does not trust it)
 * @param connectTimeout connection timeout of searches
 * @param socketTimeout  read timeout of searches
 * @param indexingTimeout read timeout of indexing requests (bulk writes, index creation)
 */
@ConfigurationProperties("yuanliu.elasticsearch")
public record EngineSettings(
        @Nullable String url,
        @Nullable String apiKey,
        @Nullable String username,
        @Nullable String password,
        @Nullable String caCertificate,
        @Bindable(defaultValue = "2s") Duration connectTimeout,
        @Bindable(defaultValue = "15s") Duration socketTimeout,
        @Bindable(defaultValue = "120s") Duration indexingTimeout) {

    /** The external cluster's nodes, if one is configured. */
    public Optional<List<URI>> externalUrls() {
        return nonBlank(url).map(urls -> NodeUrls.parse(urls, "yuanliu.elasticsearch.url (ELASTICSEARCH_URL)"));
    }

    public Optional<String> apiKeyIfSet() {
        return nonBlank(apiKey);
    }

    public Optional<String> usernameIfSet() {
        return nonBlank(username);
    }

    public Optional<Path> caCertificateIfSet() {
        return nonBlank(caCertificate).map(Path::of);
    }

    public String passwordOrEmpty() {
        return password == null ? "" : password;
    }

    static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
