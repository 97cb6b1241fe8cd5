package org.yuanliu.portal.search;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One bar of the timeline: the years {@code from}–{@code to}, how many hits write a year in them, and (when implied
 * years are asked for, else 0) how many imply one.
 */
@Serdeable
public record YearBucket(int from, int to, long count, long implied, boolean selected) {
}
