package org.yuanliu.portal.matrix;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A cross-tabulation of passage counts: {@code cells.get(r).get(c)} is row r × column c. */
@Serdeable
public record Matrix(String view, String rowFacet, String columnFacet, long passages, List<MatrixAxis> rows,
                     List<MatrixAxis> columns, List<List<MatrixCell>> cells) {

    public boolean isEmpty() {
        return rows.isEmpty() || columns.isEmpty();
    }
}
