package org.yuanliu.indexer.facet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.yuanliu.facet.Facet;
import org.yuanliu.facet.FacetTags;
import org.yuanliu.facet.PassageTagger;
import org.yuanliu.facet.TagContext;
import org.yuanliu.facet.YearSpan;
import org.yuanliu.facet.YearSpans;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.PassageEnrichment;

/**
 * Tags every passage with stage, plan, country and theme from the taxonomies. A passage under a heading
 * such as 第一阶段（1949—1977年）inherits that span for its stage when it names no years of its own.
 * Reference-list entries are not tagged: a cited plan's title is not a passage about that plan.
 */
public final class FacetStage implements UnaryOperator<EnrichedDocument> {
    private final PassageTagger tagger;

    public FacetStage(PassageTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public EnrichedDocument apply(EnrichedDocument enriched) {
        Integer year = enriched.document().metadata().publicationYear().orElse(null);
        Map<Integer, PassageEnrichment> passages = new HashMap<>(enriched.passages());
        for (Passage p : enriched.document().passages()) {
            if (p.kind() == PassageKind.REFERENCE || p.kind() == PassageKind.KEYWORDS) {
                continue;
            }
            FacetTags tags = tagger.tag(p.text(), new TagContext(sectionSpan(p).orElse(null), year));
            Map<String, List<String>> facets = new LinkedHashMap<>();
            for (Facet facet : Facet.values()) {
                facets.put(facet.field(), tags.ids(facet));
            }
            PassageEnrichment before = enriched.enrichment(p.ordinal());
            passages.put(p.ordinal(), new PassageEnrichment(facets, tags.evidenceDocument(), tags.years(),
                    tags.impliedYears(), before.sourceIds()));
        }
        return enriched.withPassages(passages);
    }

    /** The years of the innermost heading above the passage that names a span. */
    private static Optional<YearSpan> sectionSpan(Passage p) {
        List<Heading> section = p.section();
        for (int i = section.size() - 1; i >= 0; i--) {
            Optional<YearSpan> span = YearSpans.fromHeading(section.get(i).text());
            if (span.isPresent()) {
                return span;
            }
        }
        return Optional.empty();
    }
}
