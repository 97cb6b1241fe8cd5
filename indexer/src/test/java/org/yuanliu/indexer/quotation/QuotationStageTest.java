package org.yuanliu.indexer.quotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuanliu.citation.quotation.QuotationFinder;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.QuotationRecord;

/** Quotations of a whole document: paragraphs in order, tables each by themselves. */
class QuotationStageTest {
    private final QuotationStage stage = new QuotationStage(QuotationFinder.standard());

    @Test
    void aPolicyLineQuotedInATableCellIsAQuotationOfThatTable() {
        StructuredDocument cas = Samples.read(Samples.CAS);

        EnrichedDocument enriched = stage.apply(EnrichedDocument.of(cas));

        QuotationRecord cell = enriched.quotations().stream().filter(q -> q.text().equals("解放思想、全面开展对外科技活动"))
                .findFirst().orElseThrow();
        assertThat(cas.passages().get(cell.passage()).kind()).isEqualTo(PassageKind.TABLE);
        assertThat(cell.speaker()).isNull();
        assertThat(cell.page()).isEqualTo(cas.passages().get(cell.passage()).pageStart());
    }
}
