package org.yuanliu.indexer.policy;

import java.util.function.UnaryOperator;

import org.yuanliu.indexer.enrich.EnrichedDocument;

/** Enrichment stage: the document's policy fields, when its layout and wording mark it as a policy document. */
public final class PolicyStage implements UnaryOperator<EnrichedDocument> {
    private final PolicyReader reader;

    public PolicyStage(PolicyReader reader) {
        this.reader = reader;
    }

    @Override
    public EnrichedDocument apply(EnrichedDocument enriched) {
        return enriched.withPolicy(reader.read(enriched.document()));
    }
}
