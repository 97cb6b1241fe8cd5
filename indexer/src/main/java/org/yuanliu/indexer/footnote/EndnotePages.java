package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.yuanliu.citation.source.NoteMarkers;
import org.yuanliu.indexer.layout.LayoutDocument;
import org.yuanliu.indexer.layout.LayoutPage;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.Typography;

/**
 * Endnotes set without a heading, as LibreOffice and Word put them on pages of their own after the body: the
 * trailing pages whose every line is set smaller than the body, where the lines led by a mark at the left edge
 * number on from 1. A heading (注释, Notes) is not needed; the numbering and the type are the evidence.
 */
public final class EndnotePages implements java.util.function.UnaryOperator<LayoutDocument> {
    /** Share of the mark-led lines that must follow their predecessor's number by one. */
    private static final float IN_SEQUENCE = 0.8f;

    /** The layout stage: endnote pages leave the text flow, all their lines (marks joined to their text) notes. */
    @Override
    public LayoutDocument apply(LayoutDocument document) {
        int from = start(document.pages().stream().map(LayoutPage::lines).toList(), document.typography()).orElse(Integer.MAX_VALUE);
        return document.withPages(document.pages().stream().map(p -> p.number() >= from && p.role() == LayoutPage.Role.TEXT
                ? p.withRole(LayoutPage.Role.ENDNOTES).withNotes(p.lines(), TabbedMarks.join(p.lines().lines())) : p).toList());
    }

    /** The number of the first endnote page, if the document ends with endnote pages. */
    public OptionalInt start(List<PageLines> pages, Typography typography) {
        int first = -1;
        for (int i = pages.size() - 1; i > 0; i--) {
            List<Line> lines = pages.get(i).lines();
            if (lines.isEmpty() || !lines.stream().allMatch(typography::isSmallerThanBody)) {
                break;
            }
            first = i;
        }
        if (first < 0) {
            return OptionalInt.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (PageLines page : pages.subList(first, pages.size())) {
            List<Line> rows = TabbedMarks.join(page.lines());
            float left = (float) rows.stream().mapToDouble(Line::x0).min().orElse(0);
            for (Line row : rows) {
                if (row.x0() - left < FootnoteZone.MARK_INDENT_EM * row.fontSize()) {
                    NoteMarkers.leading(row.text()).map(l -> NoteAssembler.number(l.markers())).filter(OptionalInt::isPresent)
                            .ifPresent(n -> numbers.add(n.getAsInt()));
                }
            }
        }
        if (numbers.size() < 2 || numbers.get(0) != 1) {
            return OptionalInt.empty();
        }
        long inSequence = 0;
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) == numbers.get(i - 1) + 1) {
                inSequence++;
            }
        }
        return inSequence >= IN_SEQUENCE * (numbers.size() - 1) ? OptionalInt.of(pages.get(first).number()) : OptionalInt.empty();
    }
}
