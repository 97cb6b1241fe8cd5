package org.yuanliu.indexer.pipeline;

import java.util.List;
import java.util.function.UnaryOperator;

import org.yuanliu.citation.quotation.QuotationFinder;
import org.yuanliu.facet.PassageTagger;
import org.yuanliu.facet.Taxonomies;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.facet.FacetStage;
import org.yuanliu.indexer.policy.PolicyReader;
import org.yuanliu.indexer.policy.PolicyStage;
import org.yuanliu.indexer.quotation.QuotationStage;
import org.yuanliu.indexer.source.CitationStage;

/** The enrichment stages in order — policy → sources → quotations → facets — each a pure function of the document. */
public final class EnrichmentChain implements Enrichment {
    private final List<UnaryOperator<EnrichedDocument>> stages;

    public EnrichmentChain(List<UnaryOperator<EnrichedDocument>> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The standard chain with the taxonomies shipped in the mappings module. */
    public static EnrichmentChain standard() {
        return withTaxonomies(Taxonomies.loadDefault());
    }

    public static EnrichmentChain withTaxonomies(Taxonomies taxonomies) {
        return new EnrichmentChain(List.of(new PolicyStage(new PolicyReader()), new CitationStage(),
                new QuotationStage(QuotationFinder.standard()),
                new FacetStage(new PassageTagger(taxonomies))));
    }

    @Override
    public EnrichedDocument apply(StructuredDocument document) {
        EnrichedDocument enriched = EnrichedDocument.of(document);
        for (UnaryOperator<EnrichedDocument> stage : stages) {
            enriched = stage.apply(enriched);
        }
        return enriched;
    }
}
