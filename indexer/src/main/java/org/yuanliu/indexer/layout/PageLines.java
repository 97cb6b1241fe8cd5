package org.yuanliu.indexer.layout;

import java.util.List;
import java.util.function.Predicate;

/** The lines of one page, top to bottom and left to right. */
public record PageLines(int number, float width, float height, List<Line> lines) {
    public PageLines {
        lines = List.copyOf(lines);
    }

    public PageLines withLines(List<Line> newLines) {
        return new PageLines(number, width, height, newLines);
    }

    public PageLines without(Predicate<Line> removed) {
        return withLines(lines.stream().filter(removed.negate()).toList());
    }
}
