package org.yuanliu.indexer.layout;

import java.util.List;

import org.yuanliu.indexer.document.Table;

/**
 * One page as the layout stages hand it on: the lines still in the text flow, and what the stages took out of
 * it — its notes, its tables — and, last, the flow's lines in reading order.
 *
 * @param role    what the page is: running text, a contents page (nothing of it is read), or an endnote page
 *                (all of it is notes)
 * @param notes   the lines of its note zone (footnotes) or, on an endnote page, all its lines; top to bottom
 * @param ordered the lines left in the flow, in reading order, each with its region; empty until ordered
 */
public record LayoutPage(PageLines lines, Role role, List<Line> notes, List<Table> tables, List<PlacedLine> ordered) {
    public enum Role { TEXT, CONTENTS, ENDNOTES }

    public LayoutPage {
        notes = List.copyOf(notes);
        tables = List.copyOf(tables);
        ordered = List.copyOf(ordered);
    }

    public static LayoutPage of(PageLines lines) {
        return new LayoutPage(lines, Role.TEXT, List.of(), List.of(), List.of());
    }

    public int number() {
        return lines.number();
    }

    public LayoutPage withLines(PageLines newLines) {
        return new LayoutPage(newLines, role, notes, tables, ordered);
    }

    public LayoutPage withRole(Role newRole) {
        return new LayoutPage(lines, newRole, notes, tables, ordered);
    }

    public LayoutPage withNotes(PageLines remaining, List<Line> newNotes) {
        return new LayoutPage(remaining, role, newNotes, tables, ordered);
    }

    public LayoutPage withTables(PageLines remaining, List<Table> newTables) {
        return new LayoutPage(remaining, role, notes, newTables, ordered);
    }

    public LayoutPage withOrder(List<PlacedLine> newOrder) {
        return new LayoutPage(lines, role, notes, tables, newOrder);
    }
}
