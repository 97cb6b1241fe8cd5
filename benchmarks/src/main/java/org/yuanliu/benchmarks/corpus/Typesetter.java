package org.yuanliu.benchmarks.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small journal typesetter: A4 pages with running heads and folios, one or two columns, headings, justified
 * paragraphs with raised circled footnote markers, footnotes in a smaller font under a short rule at the bottom
 * of the column they are cited in, and ruled tables. It fills at most {@code maxPages} pages and then reports
 * {@link #full()}; content beyond that is dropped.
 */
final class Typesetter {
    static final float W = PDRectangle.A4.getWidth();
    static final float H = PDRectangle.A4.getHeight();
    static final float MARGIN_X = 62;
    static final float TOP = H - 72;
    static final float BOTTOM = 62;
    static final float GAP = 20;

    static final float BODY = 10.5f;
    static final float BODY_LEADING = 17.5f;
    static final float NOTE = 8f;
    static final float NOTE_LEADING = 11.5f;
    static final float MARKER = 6.5f;
    static final float HEAD = 8.5f;

    private static final String CLOSING = "，。、；：？！）》」』”’】,.;:?!)";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";

    /** What the running heads show. */
    record Furniture(String journalLine, String shortTitle, int firstFolio) {
    }

    private final PDDocument document;
    private final PDType0Font font;
    private final CjkFont metrics;
    private final int columns;
    private final int maxPages;
    private final Furniture furniture;
    private final float columnWidth;

    private PDPageContentStream content;
    private int page;
    private int column;
    private float y;
    private float columnTop;
    private final List<String> columnNotes = new ArrayList<>();
    private float notesHeight;
    private int markersOnPage;
    private boolean full;
    private boolean tableInColumn;
    private boolean previousColumnHadNotes;

    Typesetter(PDDocument document, PDType0Font font, CjkFont metrics, int columns, int maxPages, Furniture furniture)
            throws IOException {
        this.document = document;
        this.font = font;
        this.metrics = metrics;
        this.columns = columns;
        this.maxPages = maxPages;
        this.furniture = furniture;
        this.columnWidth = (W - 2 * MARGIN_X - (columns - 1) * GAP) / columns;
        newPage();
    }

    boolean full() {
        return full;
    }

    int pages() {
        return page;
    }

    // ---------------------------------------------------------------- title block (full width, first page)

    void titleBlock(String title, String authors, String affiliation, String abstractText, String keywords)
            throws IOException {
        float width = W - 2 * MARGIN_X;
        for (String line : wrap(title, 18, width - 40, 0)) {
            centered(line, 18, y - 18);
            y -= 28;
        }
        y -= 4;
        centered(authors, 11, y - 11);
        y -= 20;
        centered(affiliation, 8.5f, y - 8.5f);
        y -= 22;
        for (String block : List.of("摘要：" + abstractText, "关键词：" + keywords)) {
            for (String line : wrap(block, 9, width - 48, 0)) {
                text(line, 9, MARGIN_X + 24, y - 9);
                y -= 14;
            }
            y -= 4;
        }
        y -= 12;
        columnTop = y;
    }

    // ---------------------------------------------------------------- headings and paragraphs

    void heading(String text, int level) throws IOException {
        float size = level == 1 ? 13.5f : 11f;
        float leading = level == 1 ? 24 : 19;
        List<String> lines = wrap(text, size, columnWidth, 0);
        if (!fits(lines.size() * leading + 2 * BODY_LEADING) && !nextColumn()) {
            return;
        }
        y -= level == 1 ? 6 : 2;
        for (String line : lines) {
            float x = level == 1 && columns == 1 ? x0() + (columnWidth - width(line, size)) / 2 : x0();
            text(line, size, x, y - size);
            y -= leading;
        }
    }

    /**
     * A justified paragraph with a first-line indent of two characters.
     *
     * @param markerAfter character offsets after which a footnote marker is set (one note per offset)
     * @param notes       the footnote texts, one per marker
     */
    void paragraph(String text, int[] markerAfter, List<String> notes) throws IOException {
        if (tableInColumn) {
            markerAfter = new int[0]; // see table()
        }
        List<Line> lines = breakLines(text, markerAfter, BODY, columnWidth, 2 * BODY);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<String> lineNotes = new ArrayList<>();
            for (int m : line.markers) {
                lineNotes.add(notes.get(m));
            }
            float noteHeight = 0;
            List<List<String>> wrapped = new ArrayList<>();
            for (String note : lineNotes) {
                List<String> noteLines = wrap("⑩ " + note, NOTE, columnWidth, 0);
                wrapped.add(noteLines);
                noteHeight += noteLines.size() * NOTE_LEADING;
            }
            float extraRule = noteHeight > 0 && columnNotes.isEmpty() ? 10 : 0;
            if (y - BODY_LEADING < BOTTOM + notesHeight + noteHeight + extraRule) {
                if (!nextColumn()) {
                    return;
                }
                extraRule = noteHeight > 0 ? 10 : 0;
            }
            boolean last = i == lines.size() - 1;
            float x = x0() + (i == 0 ? 2 * BODY : 0);
            float available = columnWidth - (i == 0 ? 2 * BODY : 0);
            drawLine(line, x, y - BODY, available, !last && line.markers.isEmpty());
            y -= BODY_LEADING;
            for (int n = 0; n < wrapped.size(); n++) {
                String marker = circled(line.markerNumbers.get(n));
                List<String> noteLines = wrap(marker + " " + lineNotes.get(n), NOTE, columnWidth, 0);
                columnNotes.addAll(noteLines);
                notesHeight += noteLines.size() * NOTE_LEADING;
            }
            if (extraRule > 0) {
                notesHeight += extraRule;
            }
        }
        y -= 2;
    }

    /** Reference list entries: hanging, smaller type. */
    void reference(String text) throws IOException {
        List<String> lines = wrap(text, 9, columnWidth, 0);
        for (String line : lines) {
            if (y - 14 < BOTTOM + notesHeight && !nextColumn()) {
                return;
            }
            text(line, 9, x0(), y - 9);
            y -= 14;
        }
    }

    // ---------------------------------------------------------------- tables

    void table(String caption, List<List<String>> rows) throws IOException {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < cols && keep.size() < 6; c++) {
            final int cc = c;
            if (rows.stream().anyMatch(r -> cc < r.size() && !r.get(cc).isBlank())) {
                keep.add(c);
            }
        }
        if (keep.size() < 2) {
            return;
        }
        float cellWidth = columnWidth / keep.size();
        float size = 8.5f;
        float leading = 11.5f;
        List<List<List<String>>> cells = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        for (List<String> row : rows) {
            List<List<String>> wrappedRow = new ArrayList<>();
            int lines = 1;
            for (int c : keep) {
                String cell = c < row.size() ? row.get(c) : "";
                if (cell.length() > 48) {
                    cell = cell.substring(0, 48);
                }
                List<String> wrapped = wrap(cell, size, cellWidth - 6, 0);
                wrappedRow.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            cells.add(wrappedRow);
            heights.add(lines * leading + 6);
        }
        float captionHeight = 20;
        // Table cells and footnotes in one column make the indexer read table cells into a note, whose citation
        // key then exceeds Elasticsearch's 512-byte id limit and aborts the whole batch (an indexer bug, reported);
        // until that is fixed, a column holds either table rows or footnotes, never both.
        // (notes continued from the previous column are joined with what follows them, so that counts too)
        if (!columnNotes.isEmpty() || previousColumnHadNotes) {
            return;
        }
        if (!fits(captionHeight + heights.get(0) + heights.get(Math.min(1, heights.size() - 1))) && !nextColumn()) {
            return;
        }
        centeredIn(caption, 9, y - 12);
        y -= captionHeight;
        rule(x0(), y, columnWidth, 1f);
        for (int r = 0; r < cells.size(); r++) {
            float h = heights.get(r);
            if (y - h < BOTTOM + notesHeight) {
                rule(x0(), y, columnWidth, 1f);
                if (!nextColumn()) {
                    return;
                }
                rule(x0(), y, columnWidth, 1f);
            }
            tableInColumn = true;
            for (int c = 0; c < keep.size(); c++) {
                float ty = y - 3 - size;
                for (String line : cells.get(r).get(c)) {
                    text(line, size, x0() + c * cellWidth + 3, ty);
                    ty -= leading;
                }
            }
            y -= h;
            if (r == 0) {
                rule(x0(), y, columnWidth, 0.5f);
            }
        }
        rule(x0(), y, columnWidth, 1f);
        y -= 14;
    }

    // ---------------------------------------------------------------- pages and columns

    void finish() throws IOException {
        flushNotes();
        content.close();
    }

    private boolean fits(float height) {
        return y - height >= BOTTOM + notesHeight;
    }

    private boolean nextColumn() throws IOException {
        if (full) {
            return false;
        }
        flushNotes();
        tableInColumn = false;
        if (column + 1 < columns) {
            column++;
            y = columnTop;
            return true;
        }
        if (page >= maxPages) {
            full = true;
            return false;
        }
        newPage();
        return true;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage pdPage = new PDPage(PDRectangle.A4);
        document.addPage(pdPage);
        content = new PDPageContentStream(document, pdPage);
        page++;
        column = 0;
        tableInColumn = false;
        columnTop = TOP;
        y = TOP;
        markersOnPage = 0;
        String folio = Integer.toString(furniture.firstFolio() + page - 1);
        if (page == 1) {
            text(furniture.journalLine(), HEAD, MARGIN_X, H - 48);
            centered(folio, 9, BOTTOM - 30);
        } else {
            boolean even = page % 2 == 0;
            String left = even ? folio : furniture.shortTitle();
            String right = even ? furniture.journalLine() : folio;
            text(left, HEAD, MARGIN_X, H - 48);
            text(right, HEAD, W - MARGIN_X - width(right, HEAD), H - 48);
        }
        rule(MARGIN_X, H - 53, W - 2 * MARGIN_X, 0.4f);
    }

    private void flushNotes() throws IOException {
        previousColumnHadNotes = !columnNotes.isEmpty();
        if (columnNotes.isEmpty()) {
            return;
        }
        float top = BOTTOM + columnNotes.size() * NOTE_LEADING;
        rule(x0(), top + 4, columnWidth / 4, 0.5f);
        float ny = top - NOTE;
        for (String line : columnNotes) {
            text(line, NOTE, x0(), ny);
            ny -= NOTE_LEADING;
        }
        columnNotes.clear();
        notesHeight = 0;
    }

    private float x0() {
        return MARGIN_X + column * (columnWidth + GAP);
    }

    // ---------------------------------------------------------------- drawing

    private void text(String text, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void centered(String text, float size, float baseline) throws IOException {
        text(text, size, (W - width(text, size)) / 2, baseline);
    }

    private void centeredIn(String text, float size, float baseline) throws IOException {
        float w = width(text, size);
        text(text, size, x0() + Math.max(0, (columnWidth - w) / 2), baseline);
    }

    private void rule(float x, float yy, float width, float thickness) throws IOException {
        content.setLineWidth(thickness);
        content.moveTo(x, yy);
        content.lineTo(x + width, yy);
        content.stroke();
    }

    private void drawLine(Line line, float x, float baseline, float available, boolean justify) throws IOException {
        String text = line.text.toString();
        if (line.markers.isEmpty()) {
            int glyphs = text.codePointCount(0, text.length());
            float spacing = justify && glyphs > 1 ? (available - width(text, BODY)) / (glyphs - 1) : 0;
            if (spacing < 0 || spacing > BODY / 2) {
                spacing = 0;
            }
            content.beginText();
            content.setFont(font, BODY);
            content.setCharacterSpacing(spacing);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.setCharacterSpacing(0);
            content.endText();
            return;
        }
        int from = 0;
        float cx = x;
        for (int m = 0; m < line.markers.size(); m++) {
            int at = line.markerOffsets.get(m);
            String part = text.substring(from, at);
            text(part, BODY, cx, baseline);
            cx += width(part, BODY);
            String marker = circled(++markersOnPage);
            line.markerNumbers.add(markersOnPage);
            text(marker, MARKER, cx, baseline + 4);
            cx += width(marker, MARKER);
            from = at;
        }
        text(text.substring(from), BODY, cx, baseline);
    }

    private static String circled(int n) {
        return n <= CIRCLED.length() ? String.valueOf(CIRCLED.charAt(n - 1)) : "[" + n + "]";
    }

    // ---------------------------------------------------------------- line breaking

    /** One line of a paragraph, with the markers (note indexes) set in it and where. */
    private static final class Line {
        final StringBuilder text = new StringBuilder();
        final List<Integer> markers = new ArrayList<>();
        final List<Integer> markerOffsets = new ArrayList<>();
        final List<Integer> markerNumbers = new ArrayList<>();
    }

    private List<Line> breakLines(String text, int[] markerAfter, float size, float width, float firstIndent) {
        List<Line> lines = new ArrayList<>();
        Line line = new Line();
        float used = firstIndent;
        int[] cps = text.codePoints().toArray();
        int nextMarker = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            float w = metrics.width(cp) * size;
            boolean hang = CLOSING.indexOf(cp) >= 0;
            if (used + w > width && !hang && line.text.length() > 0) {
                // keep ASCII words whole
                int len = line.text.length();
                if (isWordChar(cp) && len > 0 && isWordChar(line.text.charAt(len - 1)) && line.markers.isEmpty()) {
                    int start = len;
                    while (start > 0 && isWordChar(line.text.charAt(start - 1))) {
                        start--;
                    }
                    if (start > 0) {
                        String carry = line.text.substring(start);
                        line.text.setLength(start);
                        lines.add(line);
                        line = new Line();
                        line.text.append(carry);
                        used = width(carry, size);
                    } else {
                        lines.add(line);
                        line = new Line();
                        used = 0;
                    }
                } else {
                    lines.add(line);
                    line = new Line();
                    used = 0;
                }
            }
            if (cp == ' ' && line.text.length() == 0) {
                continue;
            }
            line.text.appendCodePoint(cp);
            used += w;
            while (nextMarker < markerAfter.length && markerAfter[nextMarker] == i) {
                line.markers.add(nextMarker);
                line.markerOffsets.add(line.text.length());
                used += metrics.width('①') * MARKER;
                nextMarker++;
            }
        }
        if (line.text.length() > 0) {
            lines.add(line);
        }
        return lines;
    }

    private static boolean isWordChar(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    List<String> wrap(String text, float size, float width, float firstIndent) {
        List<String> out = new ArrayList<>();
        for (Line line : breakLines(text, new int[0], size, width, firstIndent)) {
            out.add(line.text.toString());
        }
        return out;
    }

    float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += metrics.width(cp);
            i += Character.charCount(cp);
        }
        return w * size;
    }
}
