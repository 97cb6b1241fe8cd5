package org.yuanliu.portal.search;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One search result: where the passage is (document, page, section), a highlighted snippet as safe HTML, the
 * footnotes and sources cited in it, and its facet values with the words that explain each ({@code tags}): the eras it
 * is about ({@code stage}) apart from those it only touches ({@code stageAlso}), the years it writes ({@code years})
 * apart from those it only implies ({@code yearsImplied}).
 */
@Serdeable
public record PassageHit(String id, @Nullable String documentId, @Nullable String documentTitle,
                         @Nullable Integer publicationYear, @Nullable Integer pageStart, @Nullable Integer pageEnd,
                         @Nullable String printedPage, @Nullable String section, String snippetHtml, @Nullable String text,
                         List<Footnote> footnotes, List<String> sourceIds, List<String> stage, List<String> stageAlso,
                         List<String> planNamed, List<String> country, List<String> theme, List<Integer> years,
                         List<Integer> yearsImplied, List<FacetTag> tags) {
}
