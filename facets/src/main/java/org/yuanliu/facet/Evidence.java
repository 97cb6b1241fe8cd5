package org.yuanliu.facet;

/**
 * Why a passage carries a tag: the text that matched, as it stands in the passage (line breaks and
 * spaces included), with its UTF-16 offsets [start, end). Evidence that does not come from the
 * passage itself (the enclosing section's years) has offsets -1.
 */
public record Evidence(String text, int start, int end, Kind kind) {

    public enum Kind {
        /** A name or alias of the value (苏联, USSR, 第十三个五年规划). */
        ALIAS,
        /** A one-character abbreviation accepted from its context (中苏, 美方, 英、法, “十五”). */
        ABBREVIATION,
        /** An explicit year, range or decade (1978 年, 1949—1977 年, 20 世纪 50 年代). */
        YEAR,
        /** A named period or event (改革开放初期, 党的十一届三中全会). */
        PERIOD,
        /** A plan named in the text, standing for its years. */
        PLAN,
        /** The year span of the enclosing section's heading. */
        SECTION,
        /** A weighted theme term. */
        TERM
    }

    public static Evidence outsideText(String text, Kind kind) {
        return new Evidence(text, -1, -1, kind);
    }
}
