package org.yuanliu.portal.admin;

import org.yuanliu.indexer.FailingTransport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * A test hook between the portal's indexing client and the node: when armed, the engine "dies" at a chosen bulk
 * request of the next write (the node keeps what it received, as a crashed node does). Searches are untouched.
 */
@Singleton
@Requires(property = "yuanliu.test.bulk-faults", value = "true")
final class BulkFaults implements BeanCreatedEventListener<ElasticsearchClient> {
    private volatile FailingTransport transport;

    @Override
    public ElasticsearchClient onCreated(BeanCreatedEvent<ElasticsearchClient> event) {
        if (!"indexing".equals(event.getBeanIdentifier().getName())
                && !String.valueOf(event.getBeanDefinition().getDeclaredQualifier()).contains("indexing")) {
            return event.getBean();
        }
        transport = new FailingTransport((ElasticsearchTransport) event.getBean()._transport());
        return new ElasticsearchClient(transport);
    }

    void arm(int bulk, FailingTransport.Moment moment) {
        transport.arm(bulk, moment);
    }

    void revive() {
        transport.revive();
    }

    boolean failed() {
        return transport.failed();
    }
}
