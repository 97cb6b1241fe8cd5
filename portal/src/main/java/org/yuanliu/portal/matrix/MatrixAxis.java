package org.yuanliu.portal.matrix;

import io.micronaut.serde.annotation.Serdeable;

/** A row or column of the matrix: a facet value, its label and how many passages carry it. */
@Serdeable
public record MatrixAxis(String value, String label, long total) {
}
