package org.yuanliu.portal.search;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A page of passage hits with the facet counts and the timeline for the whole result set. */
@Serdeable
public record PassageResults(String query, long total, int page, int size, int lastPage, String sort,
                             List<PassageHit> hits, List<Facet> facets, int timelineInterval,
                             List<YearBucket> timeline) {
}
