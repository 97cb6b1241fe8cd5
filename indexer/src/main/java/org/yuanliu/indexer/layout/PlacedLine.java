package org.yuanliu.indexer.layout;

/**
 * A line in reading order with the column it sits in: its left and right edges are the column's usual
 * text edges, against which indentation and short last lines are judged.
 */
public record PlacedLine(Line line, int column, float columnLeft, float columnRight) {

    public int page() {
        return line.page();
    }

    /** Indented by at least about one character from the column's left edge. */
    public boolean isIndented() {
        return line.x0() - columnLeft > 0.8f * line.fontSize();
    }

    /** Stops clearly before the column's right edge: the last line of a paragraph. */
    public boolean endsShort() {
        return columnRight - line.x1() > 1.5f * line.fontSize();
    }
}
