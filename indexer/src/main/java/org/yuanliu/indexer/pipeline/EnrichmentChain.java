package org.yuanliu.indexer.pipeline;

import org.yuanliu.indexer.enrich.EnrichedDocument;

/** The enrichment stages in order: sources → quotations → facets. */
public final class EnrichmentChain {
    private EnrichmentChain() {
    }

    public static Enrichment standard() {
        return EnrichedDocument::of;
    }
}
