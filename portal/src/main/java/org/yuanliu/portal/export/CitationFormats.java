package org.yuanliu.portal.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.yuanliu.citation.export.CitationExport;

/** Renders an item in each format through the citations module (GB/T 7714 via citeproc-java and the CSL styles). */
public final class CitationFormats {
    private CitationFormats() {
    }

    public static String render(CitableItem item, ExportFormat format) {
        if (item.quoted() != null) {
            return switch (format) {
                case GBT7714 -> CitationExport.gbt7714(item.quoted());
                case BIBTEX -> CitationExport.bibtex(item.quoted());
                case RIS -> CitationExport.ris(item.quoted());
                case CSL_JSON -> CitationExport.cslJson(item.quoted());
            };
        }
        return switch (format) {
            case GBT7714 -> CitationExport.gbt7714(item.work());
            case BIBTEX -> CitationExport.bibtex(item.work());
            case RIS -> CitationExport.ris(item.work());
            case CSL_JSON -> CitationExport.cslJson(item.work());
        };
    }

    /** Every format, keyed by format id. */
    public static Map<String, String> all(CitableItem item) {
        Map<String, String> all = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            all.put(format.id(), render(item, format));
        }
        return all;
    }
}
