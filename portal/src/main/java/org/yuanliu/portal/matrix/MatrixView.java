package org.yuanliu.portal.matrix;

import java.util.Arrays;
import java.util.List;

import org.yuanliu.portal.web.BadRequestException;

/**
 * The facet pairs the evolution matrix crosses: rows × columns. Theme × plan (the plans a passage names) is the
 * default: on the sample corpus it gives the CAS article's table 4, which themes each five-year plan deploys.
 */
public enum MatrixView {
    THEME_PLAN("theme-plan", "theme", "plan_named"),
    THEME_PERIOD("theme-period", "theme", "plan_period"),
    THEME_STAGE("theme-stage", "theme", "stage"),
    COUNTRY_STAGE("country-stage", "country", "stage");

    private final String id;
    private final String rows;
    private final String columns;

    MatrixView(String id, String rows, String columns) {
        this.id = id;
        this.rows = rows;
        this.columns = columns;
    }

    public String id() {
        return id;
    }

    /** The facet (URL parameter and index field) of the rows. */
    public String rows() {
        return rows;
    }

    public String columns() {
        return columns;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(MatrixView::id).toList();
    }

    public static MatrixView of(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst().orElseThrow(() ->
                new BadRequestException("Parameter 'view' must be one of " + String.join(", ", ids()) + ", not '" + id + "'."));
    }
}
