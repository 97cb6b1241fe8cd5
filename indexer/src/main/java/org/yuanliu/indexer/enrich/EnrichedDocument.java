package org.yuanliu.indexer.enrich;

import java.util.List;
import java.util.Map;

import org.yuanliu.indexer.document.StructuredDocument;

/**
 * A structured document with what the enrichment stages found: per passage (by ordinal) facets and cited
 * sources, plus the document's cited works and quotations, ready for the writer.
 */
public record EnrichedDocument(StructuredDocument document, Map<Integer, PassageEnrichment> passages,
                               List<SourceCitation> citations, List<QuotationRecord> quotations) {
    public EnrichedDocument {
        passages = Map.copyOf(passages);
        citations = List.copyOf(citations);
        quotations = List.copyOf(quotations);
    }

    public static EnrichedDocument of(StructuredDocument document) {
        return new EnrichedDocument(document, Map.of(), List.of(), List.of());
    }

    public PassageEnrichment enrichment(int ordinal) {
        return passages.getOrDefault(ordinal, PassageEnrichment.NONE);
    }
}
