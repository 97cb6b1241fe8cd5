package org.yuanliu.portal.engine;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the portal finds Elasticsearch ({@code yuanliu.elasticsearch.*} in application.yml). Blank credentials
 * count as absent, so that {@code ${ELASTICSEARCH_API_KEY:}} can stay in the configuration file.
 */
@ConfigurationProperties("yuanliu.elasticsearch")
public record EngineSettings(
        @Bindable(defaultValue = "http://127.0.0.1:9200") URI url,
        @Nullable String apiKey,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "2s") Duration connectTimeout,
        @Bindable(defaultValue = "15s") Duration socketTimeout) {

    public Optional<String> apiKeyIfSet() {
        return nonBlank(apiKey);
    }

    public Optional<String> usernameIfSet() {
        return nonBlank(username);
    }

    public String passwordOrEmpty() {
        return password == null ? "" : password;
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
