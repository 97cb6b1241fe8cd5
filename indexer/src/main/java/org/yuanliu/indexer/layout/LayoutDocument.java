package org.yuanliu.indexer.layout;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A document's pages as the layout stages see them, with what the document-wide stages learnt on the way: the
 * body type (every "smaller", "larger" judgement is relative to it), the printed page numbers and running texts
 * the furniture held.
 */
public record LayoutDocument(List<LayoutPage> pages, Typography typography, Map<Integer, String> printedPageNumbers,
                             List<String> runningTexts) {
    public LayoutDocument {
        pages = List.copyOf(pages);
        printedPageNumbers = Map.copyOf(printedPageNumbers);
        runningTexts = List.copyOf(runningTexts);
    }

    public static LayoutDocument of(List<PageLines> pages) {
        return new LayoutDocument(pages.stream().map(LayoutPage::of).toList(), Typography.of(pages), Map.of(), List.of());
    }

    public LayoutDocument withPages(List<LayoutPage> newPages) {
        return new LayoutDocument(newPages, typography, printedPageNumbers, runningTexts);
    }

    /** Applies a page stage to every page in the text flow; contents and endnote pages pass untouched. */
    public LayoutDocument mapTextPages(UnaryOperator<LayoutPage> stage) {
        return withPages(pages.stream().map(p -> p.role() == LayoutPage.Role.TEXT ? stage.apply(p) : p).toList());
    }
}
