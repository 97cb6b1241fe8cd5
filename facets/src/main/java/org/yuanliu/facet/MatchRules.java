package org.yuanliu.facet;

import java.util.List;
import java.util.Map;

/**
 * File-level matching data of a taxonomy, kept with the taxonomy so that a librarian can fix a false
 * match without touching code.
 *
 * @param blocking     compounds that contain a name but do not mean it (美元, 方法, 第十五); where one
 *                     overlaps a name and is at least as long, nothing is tagged
 * @param after        words that, right after a short form, confirm it (方 in 美方, 期间 in 十五期间)
 * @param separators   list separators: a short form next to another name of the same taxonomy across
 *                     one of these is confirmed (英、法; “七五”至“九五”)
 * @param combinations compounds that name several values at once (中西方 → CN, WEST)
 */
public record MatchRules(List<String> blocking, List<String> after, List<String> separators,
                         Map<String, List<String>> combinations) {

    public static final MatchRules NONE = new MatchRules(List.of(), List.of(), List.of(), Map.of());

    public MatchRules {
        blocking = List.copyOf(blocking);
        after = List.copyOf(after);
        separators = List.copyOf(separators);
        combinations = Map.copyOf(combinations);
    }
}
