package org.yuanliu.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.yuanliu.indexer.index.ElasticsearchConnection;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.NodeUrls;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where Elasticsearch is; shared by the commands that talk to it. */
final class ConnectionOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private List<URI> urls;

    @Option(names = "--es", paramLabel = "URL[,URL…]", defaultValue = "${env:ELASTICSEARCH_URL:-http://127.0.0.1:9200}",
            description = "Elasticsearch URL, or several nodes of one cluster separated by commas: requests go to any "
                    + "node that answers (default: $ELASTICSEARCH_URL or ${DEFAULT-VALUE})")
    void urls(String value) {
        try {
            urls = NodeUrls.parse(value, "--es (ELASTICSEARCH_URL)");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage());
        }
    }

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "${env:YUANLIU_INDEX_REPLICAS}",
            description = "replicas of every index, as the portal's YUANLIU_INDEX_REPLICAS (default: $YUANLIU_INDEX_REPLICAS, "
                    + "else as the index definitions say: 0)")
    void replicas(String value) {
        try {
            replicas = IndexSchema.replicas(value, "--replicas (YUANLIU_INDEX_REPLICAS)");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage());
        }
    }

    private OptionalInt replicas = OptionalInt.empty();

    @Option(names = "--api-key", defaultValue = "${env:ELASTICSEARCH_API_KEY}", description = "API key (default: $ELASTICSEARCH_API_KEY)")
    String apiKey;

    @Option(names = "--user", defaultValue = "${env:ELASTICSEARCH_USERNAME}", description = "user for basic authentication")
    String user;

    @Option(names = "--password", defaultValue = "${env:ELASTICSEARCH_PASSWORD}", description = "password for basic authentication")
    String password;

    @Option(names = "--prefix", defaultValue = "yuanliu", description = "index name prefix (default: ${DEFAULT-VALUE})")
    String prefix;

    /**
     * The schema under {@code --prefix}, its indices created or brought up to date; empty, with a message saying what
     * to do, when Elasticsearch cannot be reached or its indices need a rebuild.
     */
    Optional<IndexSchema> schema(ElasticsearchClient client, PrintStream err) {
        return schema(client, err, false);
    }

    /** @param rebuilding a rebuild is coming: indices of an older layout are what it replaces, not an error */
    Optional<IndexSchema> schema(ElasticsearchClient client, PrintStream err, boolean rebuilding) {
        IndexSchema schema = new IndexSchema(client, prefix, Clock.systemUTC(), replicas);
        try {
            schema.ensure();
            return Optional.of(schema);
        } catch (org.yuanliu.indexer.index.OutdatedIndexException e) {
            if (rebuilding) {
                return Optional.of(schema);
            }
            err.println("indexer: " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            err.println("indexer: cannot reach Elasticsearch at " + String.join(", ", urls.stream().map(URI::toString).toList()) + " (" + e.getMessage()
                    + "). Start it with bin/run, or point --es / ELASTICSEARCH_URL at a running cluster.");
            return Optional.empty();
        }
    }

    ElasticsearchConnection connection() {
        return new ElasticsearchConnection(urls, Optional.ofNullable(apiKey), Optional.ofNullable(user), Optional.ofNullable(password));
    }
}
