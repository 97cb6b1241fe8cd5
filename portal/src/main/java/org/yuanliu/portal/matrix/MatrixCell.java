package org.yuanliu.portal.matrix;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One cell: the passages carrying both the row's and the column's value, a heat level from 0 (none) to 5 (the
 * busiest cell) and the search that lists those passages.
 */
@Serdeable
public record MatrixCell(String row, String column, long count, int level, String href) {
}
