package org.yuanliu.portal.search;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A facet's counted values, most frequent first; ticked values are always listed. */
@Serdeable
public record Facet(String name, List<FacetCount> values) {
}
