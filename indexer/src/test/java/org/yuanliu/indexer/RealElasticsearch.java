package org.yuanliu.indexer;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.yuanliu.engine.EngineSettings;
import org.yuanliu.engine.LocalElasticsearch;
import org.yuanliu.indexer.index.ElasticsearchConnection;
import org.yuanliu.indexer.index.IndexSchema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Gives tests a real node started by the project's own launcher: one node per test JVM, kept in JUnit's root
 * store and stopped when the JVM's tests are done. Each test class gets its own index prefix. Shared with the
 * portal's tests through this module's test jar.
 */
public final class RealElasticsearch implements ParameterResolver {

    /** A running node and a client connected to it. */
    public record Node(LocalElasticsearch engine, ElasticsearchClient client) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws IOException {
            client._transport().close();
            engine.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ElasticsearchClient.class || type == IndexSchema.class || type == Node.class
                || type == IndexedSamples.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Node node = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Node.class, key -> start(), Node.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == IndexedSamples.class) {
            // The samples are indexed once per test JVM and shared read-only by the test classes.
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(IndexedSamples.class,
                    key -> IndexedSamples.index(node.client(), "test-samples-" + UUID.randomUUID().toString().substring(0, 8)),
                    IndexedSamples.class);
        }
        if (type == ElasticsearchClient.class) {
            return node.client();
        }
        if (type == IndexSchema.class) {
            String prefix = "test-" + context.getRequiredTestClass().getSimpleName().toLowerCase() + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            return new IndexSchema(node.client(), prefix, Clock.systemUTC());
        }
        return node;
    }

    private static Node start() {
        LocalElasticsearch engine = LocalElasticsearch.start(EngineSettings.fromEnvironment());
        return new Node(engine, ElasticsearchConnection.of(engine.url()).client());
    }
}
