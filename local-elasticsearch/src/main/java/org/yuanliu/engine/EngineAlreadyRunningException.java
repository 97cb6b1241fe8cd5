package org.yuanliu.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Another launcher owns the node on this data directory; we never start a second one on it. */
public final class EngineAlreadyRunningException extends EngineException {
    private final transient Optional<URI> runningUrl;

    EngineAlreadyRunningException(Path home, Optional<URI> runningUrl) {
        super("An Elasticsearch node started by another Yuanliu process is already running on " + home
                + runningUrl.map(url -> " at " + url).orElse("")
                + ". Use that node (set ELASTICSEARCH_URL" + runningUrl.map(url -> "=" + url).orElse("")
                + ") or stop the other process first; a second node is never started on the same data.");
        this.runningUrl = runningUrl;
    }

    public Optional<URI> runningUrl() {
        return runningUrl;
    }
}
