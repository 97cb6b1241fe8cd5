package org.yuanliu.portal.search;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A facet value a passage is tagged with, labelled, with the evidence that explains the tag. */
@Serdeable
public record FacetTag(String facet, String value, String label, List<Evidence> evidence) {

    /** The matched words, each once, in the order they were found: “中苏”“苏联”. */
    public List<String> words() {
        return evidence.stream().map(Evidence::text).filter(t -> t != null && !t.isBlank()).distinct().toList();
    }
}
