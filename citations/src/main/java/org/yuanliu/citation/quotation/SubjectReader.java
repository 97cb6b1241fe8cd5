package org.yuanliu.citation.quotation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.CjkText;

/**
 * Reads who is the subject at the start of a clause: a pronoun (他/她), a known person, or a general Chinese name
 * (surname + one or two characters) followed by a title (同志, 总书记, 总理…), a preposition or adverb (在, 向, 对,
 * 多次…) or the verb itself. Leading dates and connectives (2014 年，于是，随后) are skipped.
 */
final class SubjectReader {

    /** A subject found at {@code offset}; name is null for an unresolved pronoun, kind null for a pronoun. */
    record Subject(int offset, String name, boolean pronoun, SpeakerKind kind) {

        static Subject person(int offset, String name) {
            return new Subject(offset, name, false, SpeakerKind.PERSON);
        }
    }

    static final String TITLES = "同志|总书记|副主席|主席|副总理|总理|委员长|书记|部长|院长|副总统|总统|首相|先生|女士|教授|院士"
            + "|元帅|将军|大使|主任|局长|省长|市长|校长|所长|总工程师";
    private static final Pattern FOLLOW = Pattern.compile(
            "(?:" + TITLES + "|在|向|对|同|与|给|也|还|曾|又|再次|多次|明确|进一步|亲自|郑重|深刻|当时|后来|早在|则|就|于|致信|即)");
    private static final String TIME_SUFFIX = "(?:年初|年底|年末|初|底|中旬|上旬|下旬|前后|以来|以后|之后|后|时|间)?";
    private static final Pattern SKIP = Pattern.compile(
            "\\s*(?:\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月)?(?:\\s*\\d{1,2}\\s*日)?" + TIME_SUFFIX
                    + "|\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?" + TIME_SUFFIX
                    + "|于是|此后|随后|同时|然而|但是|因此|另外|并且|而且|后来|当时|最后|首先|其次|接着|同年|次年|会上|会后"
                    + "|并|又|还|也|则|而|但"
                    // footnote marks left in the text before the subject: ③ 习近平总书记指出
                    + "|[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF]+|\\[\\d+(?:[-–,，]\\d+)*\\])\\s*");
    /** Names end in given-name characters, not in the words institutions end with (党中央, 全会, 铁道部). */
    private static final String INSTITUTION_ENDINGS = "部院会委局厅处署所组府党央社国室馆校团队军报";

    private final KnownPersons persons;
    private final ChineseSurnames surnames;
    private final BodyNames bodies;

    SubjectReader(KnownPersons persons, ChineseSurnames surnames, BodyNames bodies) {
        this.persons = persons;
        this.surnames = surnames;
        this.bodies = bodies;
    }

    Optional<Subject> read(String p, int from, int to) {
        int i = skip(p, from, to);
        if (i >= to) {
            return Optional.empty();
        }
        char c = p.charAt(i);
        if ((c == '他' || c == '她') && (i + 1 >= to || p.charAt(i + 1) != '们')) {
            return Optional.of(new Subject(i, null, true, null));
        }
        Optional<KnownPersons.Mention> known = persons.at(p.subSequence(0, to), i);
        if (known.isPresent()) {
            return Optional.of(Subject.person(i, known.get().name()));
        }
        int sl = surnames.surnameLength(p, i);
        for (int given = 2; sl > 0 && given >= 1; given--) {
            int e = i + sl + given;
            if (e <= to && allHan(p, i, e) && INSTITUTION_ENDINGS.indexOf(p.charAt(e - 1)) < 0
                    && !surnames.notAName(p.substring(i, Math.min(e, i + 2)))
                    && (e == to || FOLLOW.matcher(p).region(e, to).lookingAt())) {
                return Optional.of(Subject.person(i, p.substring(i, e)));
            }
        }
        return bodies.read(p, i, to).map(b -> new Subject(i, b.name(), false, b.kind()));
    }

    /** {@code text} without the dates and connectives it starts with (1978年12月党的十一届三中全会 → 党的…). */
    static String withoutLeadingTime(String text) {
        return text.substring(skip(text, 0, text.length()));
    }

    /** True when nothing but dates, connectives and marks stands between {@code from} and {@code to}. */
    boolean bare(String p, int from, int to) {
        return skip(p, from, to) >= to;
    }

    private static int skip(String p, int from, int to) {
        int i = from;
        Matcher m = SKIP.matcher(p);
        while (i < to) {
            while (i < to && Character.isWhitespace(p.charAt(i))) {
                i++;
            }
            if (i >= to) {
                break;
            }
            m.region(i, to);
            if (!m.lookingAt() || m.end() == i) {
                break;
            }
            i = m.end();
        }
        return i;
    }

    private static boolean allHan(String p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CjkText.isHan(p.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
