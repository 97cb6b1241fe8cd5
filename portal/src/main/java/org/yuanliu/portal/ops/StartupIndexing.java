package org.yuanliu.portal.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/** Once the server listens: prints where, then ensures the indices and indexes the samples in the background. */
@Singleton
public class StartupIndexing implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(StartupIndexing.class);
    private final IndexingService indexing;

    public StartupIndexing(IndexingService indexing) {
        this.indexing = indexing;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info("Yuanliu portal is running at {} (admin: {}). Press Ctrl-C to stop.", event.getSource().getURI(),
                event.getSource().getURI().resolve("/admin"));
        indexing.startup();
    }
}
