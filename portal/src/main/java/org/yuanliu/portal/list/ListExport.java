package org.yuanliu.portal.list;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.portal.export.CitableItem;
import org.yuanliu.portal.export.CitationFormats;
import org.yuanliu.portal.export.Csv;
import org.yuanliu.portal.export.ExportFormat;

/** A reader's list as one file: a numbered GB/T 7714 reference list, BibTeX, RIS, a CSL-JSON array, or CSV. */
public final class ListExport {
    /** The formats of a list: the citation formats, and CSV for spreadsheets. */
    public static final List<String> FORMATS = java.util.stream.Stream.concat(ExportFormat.ids().stream(),
            java.util.stream.Stream.of("csv")).toList();

    private ListExport() {
    }

    public static String render(List<CitableItem> items, String format) {
        if (format.equals("csv")) {
            Csv csv = new Csv().row(List.of("kind", "id", "title", "GB/T 7714", "link"));
            items.forEach(i -> csv.row(List.of(i.kind(), i.id(), i.title(),
                    CitationFormats.render(i, ExportFormat.GBT7714), i.back())));
            return csv.toString();
        }
        ExportFormat f = ExportFormat.of(format);
        List<String> each = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            String text = CitationFormats.render(items.get(n), f).strip();
            each.add(f == ExportFormat.GBT7714 ? "[" + (n + 1) + "] " + text : text);
        }
        return switch (f) {
            case GBT7714 -> String.join("\n", each) + "\n";
            case BIBTEX, RIS -> String.join("\n\n", each) + "\n";
            case CSL_JSON -> "[" + String.join(",\n", each) + "]\n";
        };
    }

    public static String mediaType(String format) {
        return format.equals("csv") ? "text/csv" : ExportFormat.of(format).mediaType();
    }

    public static String extension(String format) {
        return format.equals("csv") ? "csv" : ExportFormat.of(format).extension();
    }
}
