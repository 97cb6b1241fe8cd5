package org.yuanliu.indexer.enrich;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.policy.Policy;

/**
 * A structured document with what the enrichment stages found: per passage (by ordinal) facets and cited
 * sources, the document's cited works and quotations, and its policy fields when it is a policy document; ready
 * for the writer. Each stage replaces what it found with a {@code with…} copy and keeps the rest.
 */
public record EnrichedDocument(StructuredDocument document, Map<Integer, PassageEnrichment> passages,
                               List<SourceCitation> citations, List<QuotationRecord> quotations,
                               Optional<Policy> policy) {
    public EnrichedDocument {
        passages = Map.copyOf(passages);
        citations = List.copyOf(citations);
        quotations = List.copyOf(quotations);
    }

    public static EnrichedDocument of(StructuredDocument document) {
        return new EnrichedDocument(document, Map.of(), List.of(), List.of(), Optional.empty());
    }

    public PassageEnrichment enrichment(int ordinal) {
        return passages.getOrDefault(ordinal, PassageEnrichment.NONE);
    }

    public EnrichedDocument withPassages(Map<Integer, PassageEnrichment> newPassages) {
        return new EnrichedDocument(document, newPassages, citations, quotations, policy);
    }

    public EnrichedDocument withCitations(List<SourceCitation> newCitations, Map<Integer, PassageEnrichment> newPassages) {
        return new EnrichedDocument(document, newPassages, newCitations, quotations, policy);
    }

    public EnrichedDocument withQuotations(List<QuotationRecord> newQuotations) {
        return new EnrichedDocument(document, passages, citations, newQuotations, policy);
    }

    public EnrichedDocument withPolicy(Optional<Policy> newPolicy) {
        return new EnrichedDocument(document, passages, citations, quotations, newPolicy);
    }
}
