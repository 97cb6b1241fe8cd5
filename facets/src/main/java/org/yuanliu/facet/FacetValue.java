package org.yuanliu.facet;

/** A value of a facet, e.g. (COUNTRY, "SU"). */
public record FacetValue(Facet facet, String id) {
}
