package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.citation.source.NoteMarkers;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.pdf.Glyph;

/**
 * A note whose mark is set apart by a tab (Word, LibreOffice) arrives as two pieces on one baseline, the mark
 * alone and the text; joined, the mark leads the note's first line, as note readers expect.
 */
public final class TabbedMarks {
    /** A mark and its note's text are at most this many sizes apart. */
    private static final float JOIN_GAP_EM = 4f;

    private TabbedMarks() {
    }

    public static List<Line> join(List<Line> zone) {
        List<Line> rows = new ArrayList<>();
        for (Line line : zone) {
            int at = -1;
            for (int i = rows.size() - 1; i >= 0 && at < 0; i--) {
                Line row = rows.get(i);
                Line left = row.x0() < line.x0() ? row : line;
                float gap = Math.max(line.x0() - row.x1(), row.x0() - line.x1());
                if (Math.abs(row.baseline() - line.baseline()) < 0.3f * line.fontSize() && gap > 0
                        && gap < JOIN_GAP_EM * line.fontSize() && NoteMarkers.isMarkOnly(left.text())) {
                    at = i;
                }
            }
            if (at < 0) {
                rows.add(line);
            } else {
                List<Glyph> glyphs = new ArrayList<>(rows.get(at).glyphs());
                glyphs.addAll(line.glyphs());
                rows.set(at, Line.of(line.page(), glyphs));
            }
        }
        return rows;
    }
}
