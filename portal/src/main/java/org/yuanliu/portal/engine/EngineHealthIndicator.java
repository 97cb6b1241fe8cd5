package org.yuanliu.portal.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.reactivestreams.Publisher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code /health} reports the engine: UP when the cluster is green or yellow and the passages alias exists. */
@Singleton
public final class EngineHealthIndicator implements HealthIndicator {
    private final ElasticsearchClient client;
    private final EngineEndpoint endpoint;
    private final Indices indices;
    private final Optional<LocalNode> localNode;

    public EngineHealthIndicator(ElasticsearchClient client, EngineEndpoint endpoint, Indices indices,
                                 Optional<LocalNode> localNode) {
        this.client = client;
        this.endpoint = endpoint;
        this.indices = indices;
        this.localNode = endpoint.local() ? localNode : Optional.empty();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.boundedElastic());
    }

    /** The supervisor's view; the reason of a failed restart is in the log, not on this anonymous page. */
    private static Map<String, Object> supervision(LocalNode.Supervision supervision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", supervision.state());
        details.put("restarts", supervision.restarts());
        supervision.lastRestart().ifPresent(at -> details.put("last_restart", at.toString()));
        if (supervision.failedAttempts() > 0) {
            details.put("failed_attempts", supervision.failedAttempts());
            supervision.nextAttempt().ifPresent(at -> details.put("next_attempt", at.toString()));
        }
        return details;
    }

    private HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", endpoint.describe());
        details.put("node", endpoint.local() ? "local" : "external");
        localNode.ifPresent(node -> details.put("local_node", supervision(node.supervision())));
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            details.put("cluster", health.status().jsonValue());
            details.put("nodes", health.numberOfNodes());
            boolean indexed = client.indices().existsAlias(a -> a.name(indices.passages())).value();
            details.put("passages_alias", indices.passages() + (indexed ? "" : " (missing)"));
            boolean up = health.status() != HealthStatus.Red && indexed;
            return HealthResult.builder("elasticsearch", up ? io.micronaut.health.HealthStatus.UP
                    : io.micronaut.health.HealthStatus.DOWN).details(details).build();
        } catch (IOException | RuntimeException e) {
            details.put("error", "unreachable: " + e.getClass().getSimpleName());
            return HealthResult.builder("elasticsearch", io.micronaut.health.HealthStatus.DOWN).details(details).build();
        }
    }
}
