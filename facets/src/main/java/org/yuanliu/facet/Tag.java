package org.yuanliu.facet;

import java.util.List;

/** One facet value on a passage, with everything in the passage that justifies it. */
public record Tag(String id, List<Evidence> evidence) {
    public Tag {
        evidence = List.copyOf(evidence);
    }
}
