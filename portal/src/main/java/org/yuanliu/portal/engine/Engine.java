package org.yuanliu.portal.engine;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.inject.Singleton;

/**
 * Runs client calls and turns transport failures into {@link EngineUnavailableException}, so that no engine
 * error or stack trace reaches a visitor. Nothing is cached: once the node answers again, so does the portal.
 */
@Singleton
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    /** A client call that may fail with an I/O error. */
    @FunctionalInterface
    public interface Call<T> {
        T run(ElasticsearchClient client) throws IOException;
    }

    private final ElasticsearchClient client;

    public Engine(ElasticsearchClient client) {
        this.client = client;
    }

    public <T> T call(Call<T> call) {
        try {
            return call.run(client);
        } catch (IOException e) {
            LOG.warn("Elasticsearch unreachable: {}", e.toString());
            throw new EngineUnavailableException("The search engine cannot be reached.", e);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                LOG.warn("Index missing: {}", e.getMessage());
                throw new EngineUnavailableException("The search indices have not been created yet.", e);
            }
            throw e; // a request we built wrongly: logged as a server error by the error handler
        }
    }
}
