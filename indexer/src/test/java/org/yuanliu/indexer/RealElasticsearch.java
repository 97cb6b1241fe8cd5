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
        ElasticsearchClient client = ElasticsearchConnection.of(engine.url()).client();
        forgetEarlierRuns(client);
        return new Node(engine, client);
    }

    /**
     * The node keeps its data under target/ between runs, and every test class makes indices under a prefix of its
     * own: without this, repeated local runs reach the node's limit of open shards. Only this node's test indices go.
     */
    private static void forgetEarlierRuns(ElasticsearchClient client) {
        try {
            java.util.List<String> left = java.util.List.copyOf(client.indices().get(g -> g.index("test-*")
                    .allowNoIndices(true)).result().keySet());
            for (int i = 0; i < left.size(); i += 20) { // names go in the URL: keep the request line short
                java.util.List<String> chunk = left.subList(i, Math.min(left.size(), i + 20));
                client.indices().delete(d -> d.index(chunk));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove the test indices of earlier runs: " + e.getMessage(), e);
        }
    }
}
