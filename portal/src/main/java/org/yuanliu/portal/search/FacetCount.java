package org.yuanliu.portal.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One value of a facet with the number of hits it would give, and whether it is ticked. */
@Serdeable
public record FacetCount(String value, @Nullable String label, long count, boolean selected) {
}
