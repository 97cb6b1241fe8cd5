package org.yuanliu.indexer.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yuanliu.citation.source.NoteMarkers;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.Table;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PlacedLine;
import org.yuanliu.indexer.pdf.Glyph;
import org.yuanliu.indexer.text.TextBuilder;

/**
 * Joins body lines into paragraphs across line, column and page breaks, and keeps track of the headings
 * above them. A paragraph ends at a heading, before an indented line, after a line that stops short of its
 * column's right edge, or at an unusually wide vertical gap. Superscript marks become {@link MarkerRef}s
 * and are kept out of the searchable text.
 */
public final class ParagraphAssembler {
    private static final Pattern NUMBER_THEN_TEXT = Pattern.compile("^(\\d+(?:\\.\\d+)*)(?=\\p{IsHan}|[“《])");

    /** Paragraph passages and the headings met on the way. */
    public record Result(List<Passage> passages, List<Heading> headings) {
    }

    private final Map<Integer, Set<String>> noteMarkersByPage;
    private final float lineSpacing;

    /**
     * @param noteMarkersByPage the marks of the notes printed on each page: a full-size circled number in the
     *                          text counts as a marker only when its page has that note
     * @param lineSpacing       the usual distance between two body baselines
     */
    public ParagraphAssembler(Map<Integer, Set<String>> noteMarkersByPage, float lineSpacing) {
        this.noteMarkersByPage = noteMarkersByPage;
        this.lineSpacing = lineSpacing;
    }

    public Result assemble(List<FlowLine> flow, List<Table> tables) {
        List<Passage> passages = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        Deque<Heading> section = new ArrayDeque<>();
        Deque<Table> pendingTables = new ArrayDeque<>(tables);
        Map<Integer, Integer> headingLevelsBySize = headingLevelsBySize(flow);

        List<FlowLine> current = new ArrayList<>();
        for (int i = 0; i < flow.size(); i++) {
            FlowLine line = flow.get(i);
            if (line.role() == FlowLine.Role.HEADING || line.role() == FlowLine.Role.REFERENCES_HEADING) {
                flush(current, section, passages, pendingTables);
                List<FlowLine> headingLines = new ArrayList<>(List.of(line));
                while (i + 1 < flow.size() && continuesHeading(headingLines.get(headingLines.size() - 1), flow.get(i + 1))) {
                    headingLines.add(flow.get(++i));
                }
                Heading heading = heading(headingLines, headingLevelsBySize);
                headings.add(heading);
                while (!section.isEmpty() && section.peekLast().level() >= heading.level()) {
                    section.removeLast();
                }
                section.addLast(heading);
                continue;
            }
            if (!current.isEmpty() && startsNewParagraph(current.size() > 1 ? current.get(current.size() - 2) : null,
                    current.get(current.size() - 1), line, hangingLabel(current))) {
                flush(current, section, passages, pendingTables);
            }
            current.add(line);
        }
        flush(current, section, passages, pendingTables);
        pendingTables.forEach(t -> passages.add(tablePassage(passages.size(), t, List.copyOf(section))));
        return new Result(renumber(passages), headings);
    }

    /** A block that opens with a label (摘要：…) often hangs its other lines under the text after the label. */
    private static boolean hangingLabel(List<FlowLine> current) {
        String first = current.get(0).placed().line().text().strip();
        return Labels.ABSTRACT.matcher(first).lookingAt() || Labels.KEYWORDS.matcher(first).lookingAt();
    }

    private boolean startsNewParagraph(FlowLine beforePrevious, FlowLine previous, FlowLine next, boolean hanging) {
        PlacedLine a = previous.placed();
        PlacedLine b = next.placed();
        if (previous.role() != next.role()) {
            return true;
        }
        if (next.role() == FlowLine.Role.REFERENCE) {
            return NoteMarkers.leading(b.line().text()).isPresent() && b.line().x0() <= a.line().x0() + 0.5f * b.line().fontSize();
        }
        String text = b.line().text().strip();
        if (Labels.ABSTRACT.matcher(text).lookingAt() || Labels.KEYWORDS.matcher(text).lookingAt()) {
            return true;
        }
        if (Labels.isBare(a.line().text()) && a.page() == b.page()) {
            return false; // a label on a line of its own names the block below it
        }
        boolean sameColumn = a.page() == b.page() && a.column() == b.column();
        // Indentation counts against the line above when it is in the same column: the lines of a block set
        // with a hanging indent, or indented as a whole, are all "indented" from the column edge.
        boolean indented = sameColumn ? b.line().x0() - a.line().x0() > 0.8f * b.line().fontSize() && !hanging
                : b.isIndented();
        if (indented) {
            return true;
        }
        // Lines of an inset block (an abstract, a block quote) all stop at the same x, short of the column edge.
        // A line ending where its neighbour ends belongs to a block set narrower than the column.
        boolean insetBlock = endsAlike(a, b) || (beforePrevious != null && endsAlike(beforePrevious.placed(), a));
        if (a.endsShort() && !insetBlock) {
            return true;
        }
        if (Math.abs(a.line().fontSize() - b.line().fontSize()) > 0.6f) {
            return true;
        }
        return sameColumn && b.line().baseline() - a.line().baseline() > 1.6f * lineSpacing;
    }

    private static boolean endsAlike(PlacedLine a, PlacedLine b) {
        return a.page() == b.page() && a.column() == b.column()
                && Math.abs(a.line().x1() - b.line().x1()) < 0.5f * a.line().fontSize();
    }

    private static boolean continuesHeading(FlowLine heading, FlowLine next) {
        Line a = heading.placed().line();
        Line b = next.placed().line();
        return next.role() == heading.role() && a.page() == b.page() && a.font().equals(b.font())
                && Math.abs(a.fontSize() - b.fontSize()) < 0.6f && b.baseline() - a.baseline() < 2.2f * a.fontSize()
                && HeadingStyle.numberedLevel(b.text()).isEmpty();
    }

    private static Heading heading(List<FlowLine> lines, Map<Integer, Integer> levelsBySize) {
        TextBuilder text = new TextBuilder();
        for (FlowLine line : lines) {
            text.lineBreak();
            appendLine(text, line.placed().line(), null, null, g -> false);
        }
        Line first = lines.get(0).placed().line();
        String t = NUMBER_THEN_TEXT.matcher(text.toString()).replaceFirst("$1 ");
        int level = HeadingStyle.numberedLevel(t)
                .orElse(levelsBySize.getOrDefault(Math.round(first.fontSize() * 2), 1));
        if (lines.get(0).role() == FlowLine.Role.REFERENCES_HEADING) {
            level = 1;
        }
        return new Heading(level, t, first.page());
    }

    /** Unnumbered headings: the largest heading size is level 1, the next level 2, and so on. */
    private static Map<Integer, Integer> headingLevelsBySize(List<FlowLine> flow) {
        List<Integer> sizes = flow.stream().filter(f -> f.role() == FlowLine.Role.HEADING)
                .map(f -> Math.round(f.placed().line().fontSize() * 2)).distinct().sorted((x, y) -> y - x).toList();
        Map<Integer, Integer> levels = new HashMap<>();
        for (int i = 0; i < sizes.size(); i++) {
            levels.put(sizes.get(i), i + 1);
        }
        return levels;
    }

    private void flush(List<FlowLine> lines, Deque<Heading> section, List<Passage> passages, Deque<Table> pendingTables) {
        if (lines.isEmpty()) {
            return;
        }
        TextBuilder text = new TextBuilder();
        StringBuilder raw = new StringBuilder();
        List<MarkerRef> markers = new ArrayList<>();
        for (FlowLine line : lines) {
            text.lineBreak();
            if (!raw.isEmpty()) {
                raw.append('\n');
            }
            appendBodyLine(text, line.placed().line(), markers, raw);
        }
        String t = text.toString();
        PassageKind kind = lines.get(0).role() == FlowLine.Role.REFERENCE ? PassageKind.REFERENCE : PassageKind.PARAGRAPH;
        // The label is judged on the first line as printed, where a gap after it is still a space.
        String firstLine = lines.get(0).placed().line().text().strip();
        java.util.regex.Matcher label = Labels.label(t);
        if (Labels.ABSTRACT.matcher(firstLine).lookingAt()) {
            kind = PassageKind.ABSTRACT;
        } else if (Labels.KEYWORDS.matcher(firstLine).lookingAt()) {
            kind = PassageKind.KEYWORDS;
        }
        if (kind == PassageKind.ABSTRACT || kind == PassageKind.KEYWORDS) {
            // "摘要 文章…" → "摘要：文章…", so the label reads as a label once layout spaces are gone.
            t = label.group(1).replaceAll("\\s+", "") + (Character.isLetter(t.charAt(0)) && t.charAt(0) < 128 ? ": " : "：")
                    + t.substring(label.end());
        }
        int start = lines.get(0).page();
        int end = lines.get(lines.size() - 1).page();
        if (!t.isEmpty()) {
            passages.add(new Passage(passages.size(), kind, t, raw.toString(), start, end, List.copyOf(section), markers,
                    Optional.empty()));
        }
        lines.clear();
        while (!pendingTables.isEmpty() && pendingTables.peekFirst().page() <= end) {
            passages.add(tablePassage(passages.size(), pendingTables.removeFirst(), List.copyOf(section)));
        }
    }

    private static Passage tablePassage(int ordinal, Table table, List<Heading> section) {
        String text = table.searchText();
        return new Passage(ordinal, PassageKind.TABLE, text, text, table.page(), table.page(), section, List.of(),
                Optional.of(table));
    }

    /**
     * Appends a line's glyphs; superscript runs (and circled numbers that match a note on the page) become
     * markers. With {@code markers == null} marks are simply dropped (headings).
     */
    private void appendBodyLine(TextBuilder text, Line line, List<MarkerRef> markers, StringBuilder raw) {
        Set<String> notesOnPage = noteMarkersByPage.getOrDefault(line.page(), Set.of());
        appendLine(text, line, markers, raw, g -> NoteMarkers.isCircled(g.text().codePointAt(0)) && notesOnPage.contains(g.text()));
    }

    private static void appendLine(TextBuilder text, Line line, List<MarkerRef> markers, StringBuilder raw,
                                   java.util.function.Predicate<Glyph> fullSizeMarker) {
        Glyph previous = null;
        StringBuilder mark = new StringBuilder();
        for (Glyph g : line.glyphs()) {
            boolean gap = previous != null && g.x() - previous.right() > 0.2f * line.fontSize();
            if (raw != null) {
                raw.append(gap ? " " : "").append(g.text());
            }
            if (line.isSuperscript(g) || (markers != null && fullSizeMarker.test(g))) {
                boolean circled = NoteMarkers.isCircled(g.text().codePointAt(0));
                if (circled && mark.length() > 0) {
                    emit(mark, line.page(), text, markers);
                }
                mark.append(g.text());
                if (circled) {
                    emit(mark, line.page(), text, markers);
                }
            } else {
                emit(mark, line.page(), text, markers);
                text.append(g.text(), gap);
            }
            previous = g;
        }
        emit(mark, line.page(), text, markers);
    }

    private static void emit(StringBuilder mark, int page, TextBuilder text, List<MarkerRef> markers) {
        if (mark.length() == 0) {
            return;
        }
        if (markers != null) {
            markers.add(new MarkerRef(mark.toString().strip(), page, text.length(), List.of()));
        }
        mark.setLength(0);
    }

    private static List<Passage> renumber(List<Passage> passages) {
        List<Passage> numbered = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            numbered.add(new Passage(i, p.kind(), p.text(), p.rawText(), p.pageStart(), p.pageEnd(), p.section(),
                    p.markers(), p.table()));
        }
        return numbered;
    }
}
