package org.yuanliu.indexer.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.yuanliu.indexer.layout.Line;

/**
 * Rebuilds rows and cells from the positions of a table's text pieces. Columns are the x positions where
 * pieces start, clustered; rows are separated by vertical gaps wider than the usual line spacing inside a
 * cell, so a cell's wrapped lines and a cell centred across two lines stay in one row.
 */
final class TableGrid {
    private TableGrid() {
    }

    static List<List<String>> rows(List<Line> region) {
        List<Float> columns = columnStarts(region);
        List<List<Line>> rowGroups = rowGroups(region);
        List<List<String>> rows = new ArrayList<>();
        for (List<Line> group : rowGroups) {
            List<StringBuilder> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(new StringBuilder());
            }
            group.stream().sorted(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0))
                    .forEach(line -> cells.get(columnOf(columns, line.x0())).append(line.text().strip()));
            List<String> row = cells.stream().map(sb -> sb.toString().replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", ""))
                    .toList();
            int last = row.size();
            while (last > 0 && row.get(last - 1).isEmpty()) {
                last--;
            }
            if (last > 0) {
                rows.add(row.subList(0, last));
            }
        }
        return rows;
    }

    private static List<Float> columnStarts(List<Line> region) {
        List<Float> starts = region.stream().map(Line::x0).sorted().toList();
        float tolerance = 1.0f * (float) region.stream().mapToDouble(Line::fontSize).average().orElse(8);
        List<Float> columns = new ArrayList<>();
        for (float x : starts) {
            if (columns.isEmpty() || x - columns.get(columns.size() - 1) > tolerance) {
                columns.add(x);
            }
        }
        return columns;
    }

    private static int columnOf(List<Float> columns, float x) {
        int best = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) <= x + 0.5f) {
                best = c;
            }
        }
        return best;
    }

    private static List<List<Line>> rowGroups(List<Line> region) {
        // Pieces whose baselines differ by a fraction of the type size (a ● set in another font) share a line.
        float size = (float) region.stream().mapToDouble(Line::fontSize).average().orElse(8);
        List<Line> sorted = region.stream().sorted(Comparator.comparingDouble(Line::baseline)).toList();
        List<List<Line>> printedLines = new ArrayList<>();
        for (Line line : sorted) {
            List<Line> last = printedLines.isEmpty() ? null : printedLines.get(printedLines.size() - 1);
            if (last != null && line.baseline() - last.get(0).baseline() < 0.4f * size) {
                last.add(line);
            } else {
                printedLines.add(new ArrayList<>(List.of(line)));
            }
        }
        List<Float> spacings = new ArrayList<>();
        for (int i = 1; i < printedLines.size(); i++) {
            spacings.add(printedLines.get(i).get(0).baseline() - printedLines.get(i - 1).get(0).baseline());
        }
        Collections.sort(spacings);
        // Two kinds of spacing (lines within a cell, wider between rows) separate rows by the wider gaps;
        // with one kind only, every printed line is a row of its own.
        float tight = spacings.isEmpty() ? 10 : spacings.get(spacings.size() / 2);
        float wide = spacings.isEmpty() ? 10 : spacings.get(spacings.size() * 9 / 10);
        float rowGap = wide < 1.4f * tight ? 0 : 1.4f * tight;
        List<List<Line>> groups = new ArrayList<>();
        float previous = Float.NaN;
        for (List<Line> printed : printedLines) {
            float baseline = printed.get(0).baseline();
            if (groups.isEmpty() || baseline - previous > rowGap) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).addAll(printed);
            previous = baseline;
        }
        return groups;
    }
}
