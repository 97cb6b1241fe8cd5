package org.yuanliu.portal.engine;

import java.net.URI;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuanliu.engine.EngineAlreadyRunningException;
import org.yuanliu.engine.LocalElasticsearch;

/**
 * The local Elasticsearch node the portal runs on: started by this process (and stopped when it closes), or one
 * that another Yuanliu process already runs on the same data directory (reused, never stopped by us).
 */
public final class LocalNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalNode.class);

    private final URI url;
    private final Optional<LocalElasticsearch> owned;

    private LocalNode(URI url, Optional<LocalElasticsearch> owned) {
        this.url = url;
        this.owned = owned;
    }

    /** Starts the node, or reuses the one another process runs on the same data directory. */
    public static LocalNode startOrReuse(LocalEngineSettings settings) {
        try {
            LocalElasticsearch engine = LocalElasticsearch.start(settings.toLauncherSettings());
            LOG.info("Local Elasticsearch started at {} (data: {})", engine.url(), engine.settings().home());
            return new LocalNode(engine.url(), Optional.of(engine));
        } catch (EngineAlreadyRunningException e) {
            URI running = e.runningUrl().orElseThrow(() -> e);
            LOG.info("Reusing the Elasticsearch node another Yuanliu process runs at {} (it stays running when we stop)",
                    running);
            return new LocalNode(running, Optional.empty());
        }
    }

    public URI url() {
        return url;
    }

    /** Whether this process started the node (and stops it on close). */
    public boolean owned() {
        return owned.isPresent();
    }

    @Override
    public void close() {
        owned.ifPresent(LocalElasticsearch::close);
    }
}
