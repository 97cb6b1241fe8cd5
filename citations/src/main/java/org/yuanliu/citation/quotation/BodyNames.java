package org.yuanliu.citation.quotation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.Brackets;
import org.yuanliu.citation.text.CjkText;
import org.yuanliu.citation.text.WordLists;

/**
 * Reads a speaker that is not a person: a body (党中央, 铁道部, 党的十一届三中全会) or a document (党的二十大报告,
 * 《国家创新驱动发展战略纲要》), from the word its name ends with, as listed in an editable file; and resolves a word
 * that names one again (全会, 其中) to the full name given earlier in the paragraph.
 */
final class BodyNames {

    /** A body or document named in {@code text[start, end)}; {@code name} is the full name (anaphors resolved). */
    record Body(int start, int end, String name, SpeakerKind kind) {
    }

    /** The longest name a body is given in running text; longer stretches are clauses, not names. */
    static final int MAX_LENGTH = 24;
    /** What may follow a body's name when the name starts a clause whose verb comes later (国务院发布…，强调“…”). */
    private static final Pattern FOLLOWER = Pattern.compile(
            "(?:" + SubjectReader.TITLES + "|在|向|对|同|与|给|也|还|曾|又|再次|多次|明确|进一步|正式|郑重|深刻|则|就|于|即|将|把"
                    + "|发布|印发|作出|做出|召开|通过|审议|提出|强调|指出|要求|宣布|中|[、，,：:])");
    /**
     * Characters a body's name does not contain: they join a clause's parts (坚持创新在…全局中 is no 局; 邓小平在大会上
     * does not name a 大会 邓小平在大会).
     */
    private static final String MENTION_BREAKS = "在于由向对和与同是为即从";

    private final List<String> institutionWords;
    private final List<String> documentWords;
    private final Set<String> anaphors;
    private final Set<String> notBodies;

    private BodyNames(List<String> institutionWords, List<String> documentWords, Set<String> anaphors,
                      Set<String> notBodies) {
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        this.institutionWords = institutionWords.stream().sorted(longestFirst).toList();
        this.documentWords = documentWords.stream().sorted(longestFirst).toList();
        this.anaphors = Set.copyOf(anaphors);
        this.notBodies = Set.copyOf(notBodies);
    }

    /** The list shipped in {@code org/yuanliu/citation/quotation/bodies.txt}. */
    static BodyNames standard() {
        return Holder.STANDARD;
    }

    /** Builds the lists from lines in the file's format ({@code kind: word word …}). */
    static BodyNames of(List<String> lines) {
        Map<String, List<String>> words = WordLists.byKind(lines);
        for (String kind : words.keySet()) {
            if (!Set.of("institution", "document", "anaphor", "not").contains(kind)) {
                throw new IllegalArgumentException("bodies.txt: unknown kind '" + kind + "'");
            }
        }
        return new BodyNames(words.getOrDefault("institution", List.of()), words.getOrDefault("document", List.of()),
                new HashSet<>(words.getOrDefault("anaphor", List.of())), new HashSet<>(words.getOrDefault("not", List.of())));
    }

    /**
     * A body or document whose name starts at {@code from} and either fills {@code [from, to)} or is followed by a
     * word that continues a clause's subject (发布, 在, 明确…).
     *
     * @param p the paragraph, for resolving anaphors against what it named before {@code from}
     */
    Optional<Body> read(String p, int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        if (p.charAt(from) == '《') {
            int close = Brackets.matchingEnd(p, from);
            if (close > 0 && close <= to && (close == to || FOLLOWER.matcher(p).region(close, to).lookingAt())) {
                return Optional.of(new Body(from, close, p.substring(from + 1, close - 1), SpeakerKind.DOCUMENT));
            }
            return Optional.empty();
        }
        int limit = Math.min(to, from + MAX_LENGTH);
        int end = from;
        while (end < limit && nameChar(p, end) && MENTION_BREAKS.indexOf(p.charAt(end)) < 0) {
            end++;
        }
        // The shortest name that ends in a listed word and is followed by the rest of a clause; then a list of
        // names joined by 、 (党中央、国务院) is one speaker.
        for (int e = from + 1; e <= end; e++) {
            Optional<SpeakerKind> kind = kindEndingAt(p, from, e);
            if (kind.isEmpty() || !(e == to || FOLLOWER.matcher(p).region(e, to).lookingAt())) {
                continue;
            }
            int last = e;
            while (last < to && p.charAt(last) == '、') {
                Optional<Body> next = read(p, last + 1, to);
                if (next.isEmpty() || next.get().kind() != kind.get()) {
                    break;
                }
                last = next.get().end();
            }
            String name = p.substring(from, last);
            if (notBodies.contains(name)) {
                return Optional.empty();
            }
            return Optional.of(new Body(from, last, anaphors.contains(name) ? resolve(p, from, name) : name, kind.get()));
        }
        return Optional.empty();
    }

    private Optional<SpeakerKind> kindEndingAt(String p, int from, int e) {
        for (String w : documentWords) {
            if (endsWith(p, from, e, w)) {
                return Optional.of(SpeakerKind.DOCUMENT);
            }
        }
        for (String w : institutionWords) {
            if (endsWith(p, from, e, w) && (w.length() > 1 || e - from > 1)) {
                return Optional.of(SpeakerKind.INSTITUTION);
            }
        }
        return "其中".equals(p.substring(from, e)) ? Optional.of(SpeakerKind.DOCUMENT) : Optional.empty();
    }

    private static boolean endsWith(String p, int from, int e, String word) {
        return e - from >= word.length() && p.startsWith(word, e - word.length());
    }

    /**
     * The full name an anaphor stands for: the nearest earlier mention ending in the same word (全会 → 党的十一届三中全会),
     * or for 其中 the last 《title》; the anaphor itself when none is found.
     */
    private String resolve(String p, int before, String anaphor) {
        if ("其中".equals(anaphor)) {
            int close = p.lastIndexOf('》', before);
            int open = close < 0 ? -1 : p.lastIndexOf('《', close);
            return open < 0 ? anaphor : p.substring(open + 1, close);
        }
        for (int at = p.lastIndexOf(anaphor, before - 1); at >= 0; at = p.lastIndexOf(anaphor, at - 1)) {
            int start = at;
            while (start > 0 && at - start < MAX_LENGTH && nameChar(p, start - 1)
                    && MENTION_BREAKS.indexOf(p.charAt(start - 1)) < 0) {
                start--;
            }
            String mention = SubjectReader.withoutLeadingTime(p.substring(start, at + anaphor.length()));
            if (mention.length() > anaphor.length()) {
                return mention;
            }
        }
        return anaphor;
    }

    /** Characters a body's name is made of: Han, digits and the brackets of 中国（上海）. */
    private static boolean nameChar(String p, int i) {
        char c = p.charAt(i);
        return CjkText.isHan(c) || Character.isDigit(c) || c == '（' || c == '）' || c == '·';
    }

    private static final class Holder {
        static final BodyNames STANDARD = of(WordLists.read(BodyNames.class, "bodies.txt"));
    }
}
