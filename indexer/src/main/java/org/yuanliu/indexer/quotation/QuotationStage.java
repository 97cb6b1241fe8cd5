package org.yuanliu.indexer.quotation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.yuanliu.citation.quotation.MarkerPosition;
import org.yuanliu.citation.quotation.Quotation;
import org.yuanliu.citation.quotation.QuotationFinder;
import org.yuanliu.citation.quotation.QuotationKey;
import org.yuanliu.citation.quotation.QuotationScan;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.QuotationRecord;
import org.yuanliu.indexer.enrich.SourceCitation;

/**
 * Finds the quotations in each paragraph with their speaker and date, and sources each one through the note
 * mark after its closing quote. "他指出" in one paragraph may refer to the speaker named in the previous
 * paragraph, so the last speaker is carried from passage to passage. Tables are read too (a period's policy line
 * quoted in a cell: 向“解放思想、全面开展对外科技活动”过渡), each by itself: a cell's 他 is not the text's.
 */
public final class QuotationStage implements UnaryOperator<EnrichedDocument> {
    private final QuotationFinder finder;

    public QuotationStage(QuotationFinder finder) {
        this.finder = finder;
    }

    @Override
    public EnrichedDocument apply(EnrichedDocument enriched) {
        List<QuotationRecord> quotations = new ArrayList<>(enriched.quotations());
        Optional<String> previousSpeaker = Optional.empty();
        for (Passage p : enriched.document().passages()) {
            boolean table = p.kind() == PassageKind.TABLE;
            if (p.kind() != PassageKind.PARAGRAPH && p.kind() != PassageKind.ABSTRACT && !table) {
                continue;
            }
            List<MarkerPosition> markers = p.markers().stream().map(m -> new MarkerPosition(m.offset(), m.symbol())).toList();
            QuotationScan scan = finder.find(p.text(), markers, table ? Optional.empty() : previousSpeaker);
            for (Quotation q : scan.quotations()) {
                Optional<MarkerRef> mark = q.marker() == null ? Optional.empty() : p.markers().stream()
                        .filter(m -> m.symbol().equals(q.marker()) && m.offset() >= q.end() - 1).findFirst();
                int page = mark.map(MarkerRef::page).orElse(p.pageStart());
                quotations.add(new QuotationRecord(q.text(), QuotationKey.of(q.text()).value(), q.speaker(),
                        q.speakerKind(), q.date(),
                        p.ordinal(), page, q.marker(), mark.map(m -> sourceKeys(enriched, m)).orElse(List.of())));
            }
            if (!table) {
                previousSpeaker = Optional.ofNullable(scan.lastSpeaker());
            }
        }
        return enriched.withQuotations(quotations);
    }

    private static List<String> sourceKeys(EnrichedDocument enriched, MarkerRef mark) {
        Set<String> keys = new LinkedHashSet<>();
        for (SourceCitation c : enriched.citations()) {
            if (mark.noteIds().contains(c.noteId())) {
                keys.add(c.sourceKey());
            }
        }
        return List.copyOf(keys);
    }
}
