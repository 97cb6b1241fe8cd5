package org.yuanliu.portal.engine;

import java.net.URI;

/**
 * The Elasticsearch the portal talks to.
 *
 * @param url   its HTTP(S) address
 * @param local whether it is the portal's local node (started or reused) rather than a configured cluster
 */
public record EngineEndpoint(URI url, boolean local) {
}
