package org.yuanliu.facet;

import java.util.ArrayList;
import java.util.List;

/**
 * Two plans joined by a range connector (“十五”至“十三五”, “十五”—“十三五”) discuss every year from
 * the first plan's start to the second's end, so the plans in between count for the plan period too.
 */
final class PlanRanges {

    private static final List<String> CONNECTORS = List.of("-", "至", "到");

    private PlanRanges() {
    }

    static List<YearMention> find(CompactText text, List<Mention> mentions, Taxonomy plans) {
        List<Mention> planMentions = mentions.stream().filter(m -> m.taxonomy().equals("plan")).toList();
        List<YearMention> result = new ArrayList<>();
        String s = text.folded();
        for (int i = 0; i + 1 < planMentions.size(); i++) {
            Mention first = planMentions.get(i);
            Mention second = planMentions.get(i + 1);
            String between = s.substring(first.end(), second.start()).replaceAll("[“”‘’\"'「」『』]", "");
            if (!CONNECTORS.contains(between)) {
                continue;
            }
            YearSpan a = plans.entry(first.ids().get(0)).map(TaxonomyEntry::years).orElse(null);
            YearSpan b = plans.entry(second.ids().get(0)).map(TaxonomyEntry::years).orElse(null);
            if (a != null && b != null && b.start() > a.start()) {
                Evidence evidence = text.evidence(first.start(), second.end(), Evidence.Kind.PLAN);
                result.add(new YearMention(a.hull(b), evidence));
            }
        }
        return result;
    }
}
