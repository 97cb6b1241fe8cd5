package org.yuanliu.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import org.yuanliu.indexer.index.ElasticsearchConnection;
import org.yuanliu.indexer.index.IndexSchema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import picocli.CommandLine.Option;

/** Where Elasticsearch is; shared by the commands that talk to it. */
final class ConnectionOptions {
    @Option(names = "--es", paramLabel = "URL", defaultValue = "${env:ELASTICSEARCH_URL:-http://127.0.0.1:9200}",
            description = "Elasticsearch URL (default: $ELASTICSEARCH_URL or ${DEFAULT-VALUE})")
    URI url;

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
     * to do, when Elasticsearch cannot be reached.
     */
    Optional<IndexSchema> schema(ElasticsearchClient client, PrintStream err) {
        IndexSchema schema = new IndexSchema(client, prefix, Clock.systemUTC());
        try {
            schema.ensure();
            return Optional.of(schema);
        } catch (IOException e) {
            err.println("indexer: cannot reach Elasticsearch at " + url + " (" + e.getMessage()
                    + "). Start it with bin/run, or point --es / ELASTICSEARCH_URL at a running cluster.");
            return Optional.empty();
        }
    }

    ElasticsearchConnection connection() {
        return new ElasticsearchConnection(url, Optional.ofNullable(apiKey), Optional.ofNullable(user), Optional.ofNullable(password));
    }
}
