package org.yuanliu.facet;

import java.util.List;
import java.util.Optional;

/** Year spans of headings and other short texts. */
public final class YearSpans {

    private YearSpans() {
    }

    /**
     * The years a heading announces, e.g. 1949–1977 for "1.1 第一阶段（1949—1977 年）：…" or 2012– for
     * "（三）…新时代…（2012 年至今）"; the hull when it names several; empty when it names none.
     * Document-local periodizations are read this way rather than kept as taxonomy data.
     */
    public static Optional<YearSpan> fromHeading(String heading) {
        if (heading == null || heading.isBlank()) {
            return Optional.empty();
        }
        return hull(YearExtractor.extract(CompactText.of(heading)));
    }

    /** Every year expression in {@code text}, with where it stands. */
    public static List<YearMention> mentions(String text) {
        return YearExtractor.extract(CompactText.of(text));
    }

    static Optional<YearSpan> hull(List<YearMention> mentions) {
        return mentions.stream().map(YearMention::span).reduce(YearSpan::hull);
    }
}
