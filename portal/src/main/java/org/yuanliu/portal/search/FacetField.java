package org.yuanliu.portal.search;

import java.util.Optional;

/**
 * A facet: the URL parameter that selects its values and the keyword (or integer) field counted.
 *
 * @param labelField a field giving a readable label for a value (the document title for a document id)
 */
public record FacetField(String param, String field, boolean numeric, int size, Optional<String> labelField) {

    /** Values counted per facet: enough for the "more" dialog of the longest (countries, plans). */
    public static final int VALUES = 200;

    public static FacetField keyword(String param, String field) {
        return new FacetField(param, field, false, VALUES, Optional.empty());
    }

    public static FacetField number(String param, String field) {
        return new FacetField(param, field, true, 100, Optional.empty());
    }

    public static FacetField labelled(String param, String field, String labelField) {
        return new FacetField(param, field, false, VALUES, Optional.of(labelField));
    }
}
