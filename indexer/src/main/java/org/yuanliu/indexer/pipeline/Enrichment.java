package org.yuanliu.indexer.pipeline;

import java.util.function.Function;

import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.enrich.EnrichedDocument;

/** The enrichment part of the chain: sources → quotations → facets, each a pure function. */
public interface Enrichment extends Function<StructuredDocument, EnrichedDocument> {
    Enrichment NONE = EnrichedDocument::of;
}
