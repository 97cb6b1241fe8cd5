package org.yuanliu.portal.engine;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;

/**
 * Starts the local node with the application context (so that a failure stops the start-up with the launcher's
 * message) and stops it when the context closes — on Ctrl-C too. Absent when an external cluster is configured.
 */
@Factory
@Requires(condition = ExternalClusterConfigured.Not.class)
public class LocalEngineFactory {

    @Context
    @Bean(preDestroy = "close")
    LocalNode localNode(LocalEngineSettings settings) {
        return LocalNode.startOrReuse(settings);
    }
}
