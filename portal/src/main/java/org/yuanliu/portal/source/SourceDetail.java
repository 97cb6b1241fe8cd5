package org.yuanliu.portal.source;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A source with the passages that cite it, a page of {@link SourceCatalog#CITATIONS_PER_PAGE} at a time (a source
 * cited by hundreds of passages would otherwise make a page of megabytes).
 *
 * @param total    how many passages cite it
 * @param page     this page of them, from 1
 * @param lastPage the last page
 */
@Serdeable
public record SourceDetail(String id, SourceSummary source, List<CitingPassage> citedBy, int total, int page,
                           int lastPage) {
}
