package org.yuanliu.portal.source;

import java.util.List;

import org.yuanliu.portal.search.Facet;

import io.micronaut.serde.annotation.Serdeable;

/** A page of sources with counts by kind. */
@Serdeable
public record SourceList(String query, long total, int page, int size, int lastPage, String sort,
                         List<SourceSummary> sources, List<Facet> facets) {
}
