package org.yuanliu.portal.quotation;

import java.util.List;

import org.yuanliu.portal.search.Facet;
import org.yuanliu.portal.search.YearBucket;

import io.micronaut.serde.annotation.Serdeable;

/** A page of quotations with facet counts and a timeline of the years they were said. */
@Serdeable
public record QuotationResults(String query, long total, int page, int size, int lastPage, String sort,
                               List<QuotationHit> hits, List<Facet> facets, int timelineInterval,
                               List<YearBucket> timeline) {
}
