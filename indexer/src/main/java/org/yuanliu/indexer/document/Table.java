package org.yuanliu.indexer.document;

import java.util.List;

/** A table as rows of cell texts, with its caption (表 1 …). Marks such as ● and ○ are kept as printed. */
public record Table(String caption, int page, List<List<String>> rows) {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Text for search: caption, then each row's cells separated by " | ". */
    public String searchText() {
        StringBuilder text = new StringBuilder(caption);
        for (List<String> row : rows) {
            text.append('\n').append(String.join(" | ", row));
        }
        return text.toString();
    }
}
