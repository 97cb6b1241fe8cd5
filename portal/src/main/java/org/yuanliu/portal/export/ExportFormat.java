package org.yuanliu.portal.export;

import java.util.Arrays;
import java.util.List;

import org.yuanliu.portal.web.NotFoundException;

/** The citation formats a passage, quotation, source or document can be exported in. */
public enum ExportFormat {
    GBT7714("gbt7714", "text/plain", "txt"),
    BIBTEX("bibtex", "application/x-bibtex", "bib"),
    RIS("ris", "application/x-research-info-systems", "ris"),
    CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json");

    private final String id;
    private final String mediaType;
    private final String extension;

    ExportFormat(String id, String mediaType, String extension) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ExportFormat::id).toList();
    }

    public static ExportFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst().orElseThrow(() ->
                new NotFoundException("No export format '" + id + "' (known: " + String.join(", ", ids()) + ")."));
    }
}
