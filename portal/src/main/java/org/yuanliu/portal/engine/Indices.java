package org.yuanliu.portal.engine;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The aliases the portal reads. The naming ({@code <prefix>-passages}) is the indexer's contract
 * ({@code org.yuanliu.indexer.index.IndexKind#alias}); the portal does not depend on the indexer at run time,
 * and a test checks that both agree.
 */
@Singleton
public final class Indices {
    private final String prefix;

    public Indices(@Value("${yuanliu.index-prefix:yuanliu}") String prefix) {
        this.prefix = prefix;
    }

    public String passages() {
        return prefix + "-passages";
    }

    public String documents() {
        return prefix + "-documents";
    }

    public String sources() {
        return prefix + "-sources";
    }

    public String quotations() {
        return prefix + "-quotations";
    }
}
