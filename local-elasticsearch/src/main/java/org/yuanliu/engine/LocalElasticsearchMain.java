package org.yuanliu.engine;

import java.util.concurrent.CountDownLatch;

/** Starts the local node, prints its URL and keeps it running until Ctrl-C. */
public final class LocalElasticsearchMain {
    private LocalElasticsearchMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalElasticsearch engine;
        try {
            engine = LocalElasticsearch.start(EngineSettings.fromEnvironment());
        } catch (EngineException e) {
            System.err.println("yuanliu: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("Elasticsearch " + EngineSettings.ELASTICSEARCH_VERSION + " with IK is running at "
                + engine.url() + " (data: " + engine.settings().home() + "). Press Ctrl-C to stop.");
        new CountDownLatch(1).await(); // the shutdown hook stops the node
    }
}
