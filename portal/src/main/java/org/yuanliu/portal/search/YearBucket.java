package org.yuanliu.portal.search;

import io.micronaut.serde.annotation.Serdeable;

/** One bar of the timeline: the years {@code from}–{@code to} and how many hits mention a year in them. */
@Serdeable
public record YearBucket(int from, int to, long count, boolean selected) {
}
