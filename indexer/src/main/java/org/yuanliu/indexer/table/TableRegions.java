package org.yuanliu.indexer.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yuanliu.indexer.document.Table;
import org.yuanliu.indexer.layout.LayoutDocument;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.RegionSegmenter;
import org.yuanliu.indexer.layout.Typography;
import org.yuanliu.indexer.structure.Captions;
import org.yuanliu.indexer.structure.HeadingStyle;

/**
 * Takes tables out of the text flow. A table starts at a caption (表 1 …, 续表, Table 2 …) and takes the
 * lines below it that are set smaller than the body, sit in a row of several cells, or are too narrow to be
 * prose, until body text (a wide line or a numbered heading) resumes. Its lines become one {@link Table}; they never reach the paragraphs.
 */
public final class TableRegions implements java.util.function.UnaryOperator<LayoutDocument> {
    /** A column of running text holds at least this many body-type lines that fill it. */
    private static final int TEXT_COLUMN_LINES = 3;

    private final RegionSegmenter segmenter = new RegionSegmenter();

    /** The page without its tables, and the tables found on it. */
    public record Split(PageLines remaining, List<Table> tables) {
    }

    /**
     * A caption names a table and is set apart: smaller than the body, or leaving room on both sides of its
     * column's text, where a sentence that merely starts with "表 2 归纳了…" is body type from edge to edge.
     */
    static boolean isCaption(Line line, float textLeft, float textRight, Typography typography) {
        float slack = 2.5f * line.fontSize();
        return Captions.standard().isTableCaption(line.text()) && line.text().length() <= 80
                && (typography.isSmallerThanBody(line) || (line.x0() - textLeft >= slack && textRight - line.x1() >= slack));
    }

    /** The layout stage: each text page's tables taken out of its flow. */
    @Override
    public LayoutDocument apply(LayoutDocument document) {
        return document.mapTextPages(p -> {
            Split split = extract(p.lines(), document.typography());
            return p.withTables(split.remaining(), split.tables());
        });
    }

    public Split extract(PageLines page, Typography typography) {
        List<Line> all = new ArrayList<>(page.lines());
        all.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        List<RegionSegmenter.Column> columns = null; // segmented only on a page with a caption
        List<Table> tables = new ArrayList<>();
        List<Line> taken = new ArrayList<>();
        for (Line caption : all) {
            if (taken.contains(caption) || !Captions.standard().isTableCaption(caption.text())) {
                continue;
            }
            if (columns == null) {
                columns = segmenter.columns(page);
            }
            // A table inside one column of text is read among that column's lines only: the other column's text,
            // beside it on the same baselines, is neither its cells nor the end of it. (Narrower "columns" are a
            // table's own cell columns.)
            List<Line> lines = columns.stream().filter(c -> c.holds(caption) && isTextColumn(c, all, typography))
                    .findFirst()
                    .map(c -> all.stream().filter(c::holds).toList()).orElse(all);
            float textLeft = (float) lines.stream().mapToDouble(Line::x0).min().orElse(0);
            float textRight = (float) lines.stream().mapToDouble(Line::x1).max().orElse(page.width());
            if (!isCaption(caption, textLeft, textRight, typography)) {
                continue;
            }
            int i = lines.indexOf(caption);
            // Tables usually hang below their caption; some journals print the caption underneath.
            List<Line> region = region(lines, i, +1, textRight - textLeft, typography);
            if (region.isEmpty()) {
                region = region(lines, i, -1, textRight - textLeft, typography);
            }
            region.removeIf(taken::contains);
            if (region.isEmpty()) {
                continue;
            }
            taken.add(caption);
            taken.addAll(region);
            tables.add(new Table(caption.text().strip(), page.number(), TableGrid.rows(region)));
        }
        return new Split(page.without(taken::contains), tables);
    }

    /** A column of running text, not one of a table's cell columns: body-type lines fill its width. */
    private static boolean isTextColumn(RegionSegmenter.Column column, List<Line> lines, Typography typography) {
        float width = column.right() - column.left();
        return lines.stream().filter(l -> column.holds(l) && !typography.isSmallerThanBody(l) && l.x1() - l.x0() >= 0.8f * width)
                .count() >= TEXT_COLUMN_LINES;
    }

    /** The table lines next to the caption at {@code index}, walking down ({@code step} +1) or up (-1). */
    private static List<Line> region(List<Line> lines, int index, int step, float textWidth, Typography typography) {
        List<Line> region = new ArrayList<>();
        float lastBaseline = lines.get(index).baseline();
        for (int j = index + step; j >= 0 && j < lines.size(); j += step) {
            Line line = lines.get(j);
            boolean narrow = line.x1() - line.x0() < 0.45f * textWidth; // too short to be a line of prose
            boolean heading = HeadingStyle.numberedLevel(line.text()).isPresent() && !typography.isSmallerThanBody(line);
            boolean cellLike = !heading && (typography.isSmallerThanBody(line) || rowCells(lines, line) >= 2 || narrow);
            float distance = Math.abs(line.baseline() - lastBaseline);
            if (!cellLike) {
                if (distance < 0.5f * line.fontSize()) {
                    continue; // a body line beside the table's row, in another column
                }
                break;
            }
            if (distance > 4f * line.fontSize()) {
                break;
            }
            region.add(line);
            lastBaseline = line.baseline();
        }
        region.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        return region;
    }

    private static long rowCells(List<Line> lines, Line line) {
        return lines.stream().filter(other -> Math.abs(other.baseline() - line.baseline()) < 1f).count();
    }
}
