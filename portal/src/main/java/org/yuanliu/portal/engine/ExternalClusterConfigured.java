package org.yuanliu.portal.engine;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** True when {@code yuanliu.elasticsearch.url} (ELASTICSEARCH_URL) names a cluster: then no local node is started. */
public final class ExternalClusterConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context) {
        return context.getProperty("yuanliu.elasticsearch.url", String.class)
                .filter(url -> !url.isBlank()).isPresent();
    }

    /** The opposite: the portal runs its own local node. */
    public static final class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return !new ExternalClusterConfigured().matches(context);
        }
    }
}
