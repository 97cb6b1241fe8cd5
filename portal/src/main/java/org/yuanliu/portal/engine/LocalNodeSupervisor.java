package org.yuanliu.portal.engine;

import java.time.Clock;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Looks at the local node every few seconds ({@code yuanliu.engine.supervision-interval}) and starts it again when
 * it died. Absent when an external cluster is configured: a cluster someone else runs is reported, never restarted.
 */
@Singleton
@Requires(condition = ExternalClusterConfigured.Not.class)
public final class LocalNodeSupervisor {
    private final LocalNode node;
    private final Clock clock;

    public LocalNodeSupervisor(LocalNode node) {
        this(node, Clock.systemUTC());
    }

    LocalNodeSupervisor(LocalNode node, Clock clock) {
        this.node = node;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${yuanliu.engine.supervision-interval:5s}", initialDelay = "${yuanliu.engine.supervision-interval:5s}")
    void supervise() {
        node.restartIfDied(clock.instant());
    }
}
