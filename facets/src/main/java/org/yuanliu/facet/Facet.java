package org.yuanliu.facet;

/**
 * The facets a passage is tagged with. Each names the taxonomy file its values come from and the
 * passages-index field that stores them (see mappings/index/passages.json).
 */
public enum Facet {
    /** The eras a passage is about: those of the years it writes, of a period or plan it names that falls in one era, or else of its section. */
    STAGE("stage", "stage"),
    /** Eras a passage only touches: a long named span (新中国成立以来) or the rest of an open one (1978 年以来). */
    STAGE_ALSO("stage", "stage_also"),
    /** Plans a passage names ("十三五", 第十三个五年规划, 十二年科技规划…). */
    PLAN_NAMED("plan", "plan_named"),
    /** Plans whose years cover the years a passage discusses, named or not. */
    PLAN_PERIOD("plan", "plan_period"),
    COUNTRY("country", "country"),
    THEME("theme", "theme");

    private final String taxonomy;
    private final String field;

    Facet(String taxonomy, String field) {
        this.taxonomy = taxonomy;
        this.field = field;
    }

    /** Name of the taxonomy file (without .yaml) that defines this facet's values. */
    public String taxonomy() {
        return taxonomy;
    }

    /** Field of the passages index. */
    public String field() {
        return field;
    }
}
