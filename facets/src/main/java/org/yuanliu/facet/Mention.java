package org.yuanliu.facet;

import java.util.List;

/**
 * A name found in a passage. {@code start}/{@code end} are compact positions (for adjacency rules
 * such as plan ranges); the evidence carries the original offsets.
 */
record Mention(String taxonomy, List<String> ids, int start, int end, Evidence evidence) {
}
