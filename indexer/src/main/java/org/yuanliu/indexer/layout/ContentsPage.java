package org.yuanliu.indexer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises a table of contents (or a list of figures or tables) by its layout: most of the page's rows end in
 * a page number, led to it by dot leaders or set flush against one right edge (a row of leaders whose number
 * is missing still counts). Such a page holds no headings
 * and no body text of its own.
 */
public final class ContentsPage implements java.util.function.UnaryOperator<LayoutDocument> {
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:^|.*?[\\s.·…⋯]|.*\\p{IsHan})([0-9]{1,4}|[ivxlcIVXLC]{1,6})\\s*$");
    private static final Pattern LEADER = Pattern.compile("(?:[.·…⋯]\\s*){4,}");
    /** A contents page has at least this many entry rows… */
    static final int MIN_ENTRIES = 5;
    /** …making up at least this share of its rows. */
    static final float MIN_SHARE = 0.6f;

    /** The layout stage: contents pages leave the text flow. */
    @Override
    public LayoutDocument apply(LayoutDocument document) {
        return document.mapTextPages(p -> isContents(p.lines()) ? p.withRole(LayoutPage.Role.CONTENTS) : p);
    }

    public boolean isContents(PageLines page) {
        List<List<Line>> rows = rows(page.lines());
        int entries = 0;
        int led = 0;
        Map<Integer, Integer> rightEdges = new HashMap<>();
        for (List<Line> row : rows) {
            Line last = row.get(row.size() - 1);
            String text = String.join(" ", row.stream().map(Line::text).toList()).strip();
            boolean numbered = PAGE_NUMBER.matcher(text).matches();
            boolean leader = LEADER.matcher(text).find();
            if (!(numbered || leader) || text.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
                continue;
            }
            entries++;
            if (leader) {
                led++;
            }
            if (numbered) {
                rightEdges.merge(Math.round(last.x1()), 1, Integer::sum);
            }
        }
        int flush = rightEdges.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return entries >= MIN_ENTRIES && entries >= MIN_SHARE * rows.size()
                && (led >= MIN_ENTRIES / 2 + 1 || flush >= MIN_ENTRIES);
    }

    /** The page's lines grouped by baseline, each row left to right. */
    private static List<List<Line>> rows(List<Line> lines) {
        List<List<Line>> rows = new ArrayList<>();
        for (Line line : lines) {
            List<Line> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && Math.abs(row.get(0).baseline() - line.baseline()) < 0.3f * line.fontSize()) {
                row.add(line);
            } else {
                rows.add(new ArrayList<>(List.of(line)));
            }
        }
        rows.forEach(r -> r.sort(java.util.Comparator.comparingDouble(Line::x0)));
        return rows;
    }
}
