package org.yuanliu.indexer.layout;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The layout half of the structure chain: lines in, pages with their notes, tables and reading order out, through
 * stages that are each a pure function over {@link LayoutDocument}, applied in the order given (the order is
 * explained where the chain is composed, in {@code PdfStructureExtractor}). A new source of positioned text (OCR
 * word boxes) feeds the same chain; it does not get one of its own.
 */
public final class LayoutChain implements UnaryOperator<LayoutDocument> {
    private final List<UnaryOperator<LayoutDocument>> stages;

    public LayoutChain(List<UnaryOperator<LayoutDocument>> stages) {
        this.stages = List.copyOf(stages);
    }

    @Override
    public LayoutDocument apply(LayoutDocument document) {
        LayoutDocument d = document;
        for (UnaryOperator<LayoutDocument> stage : stages) {
            d = stage.apply(d);
        }
        return d;
    }
}
