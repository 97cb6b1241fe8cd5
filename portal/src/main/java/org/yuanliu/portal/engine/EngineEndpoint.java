package org.yuanliu.portal.engine;

import java.net.URI;
import java.util.List;

/**
 * The Elasticsearch the portal talks to.
 *
 * @param urls  its nodes' HTTP(S) addresses (one for the local node; the client fails over between several)
 * @param local whether it is the portal's local node (started or reused) rather than a configured cluster
 */
public record EngineEndpoint(List<URI> urls, boolean local) {
    public EngineEndpoint {
        urls = List.copyOf(urls);
    }

    /** The addresses as configured, comma-separated. */
    public String describe() {
        return String.join(",", urls.stream().map(URI::toString).toList());
    }
}
