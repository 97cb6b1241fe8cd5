package org.yuanliu.portal.quotation;

import java.util.List;

import org.yuanliu.portal.search.Facet;
import org.yuanliu.portal.search.YearBucket;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A page of quotation groups with facet counts and a timeline of the years they were said. {@code total} counts
 * quotations, {@code groups} the distinct words; paging is by group.
 */
@Serdeable
public record QuotationResults(String query, long total, long groups, int page, int size, int lastPage, String sort,
                               List<QuotationGroup> hits, List<Facet> facets, int timelineInterval,
                               List<YearBucket> timeline) {
}
