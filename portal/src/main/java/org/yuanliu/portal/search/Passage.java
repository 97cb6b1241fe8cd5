package org.yuanliu.portal.search;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A passage as stored in the passages index (read with snake_case names; see mappings/index/passages.json). */
@Serdeable
public record Passage(@Nullable String documentId, @Nullable String documentTitle, @Nullable Integer publicationYear,
                      @Nullable String kind, @Nullable Integer ordinal, @Nullable Integer pageStart,
                      @Nullable Integer pageEnd, @Nullable String printedPage, @Nullable String section,
                      @Nullable Integer headingLevel, @Nullable String text, @Nullable List<Footnote> footnotes,
                      @Nullable List<String> sourceIds, @Nullable List<String> stage, @Nullable List<String> planNamed,
                      @Nullable List<String> country, @Nullable List<String> theme, @Nullable List<Integer> years) {

    public List<Footnote> notes() {
        return footnotes == null ? List.of() : footnotes;
    }

    public boolean isHeading() {
        return "heading".equals(kind) || headingLevel != null && headingLevel > 0;
    }
}
