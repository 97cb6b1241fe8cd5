package org.yuanliu.citation.quotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuanliu.citation.source.NoteMarkers;
import org.yuanliu.citation.text.ChineseDates;
import org.yuanliu.citation.text.CjkText;
import org.yuanliu.citation.text.DateParts;

/**
 * Finds the quotations in a paragraph with their speaker, date and footnote marker, and sets apart the short
 * scare-quoted terms (“一边倒”, “走出去”) that are not quotations.
 *
 * <p>A quoted span is a quotation when it is a clause (it has clause punctuation), when it is long, or when it is
 * attributed by a speech verb or sourced by a footnote and longer than a term; quoted names of bodies, programmes
 * and policies (…委员会, …工程, …战略) stay terms. The speaker is the subject of the clause holding the speech verb
 * just before the quote; 他/她 is resolved to the last person named before it in the paragraph, or else the
 * previous paragraph's speaker.
 */
public final class QuotationFinder {

    /** Quotes at least this long (in characters that are letters or digits) are quotations without further evidence. */
    static final int LONG = 12;
    /** A quote introduced by a speech verb (强调“聚天下英才而用之”) needs only this length. */
    static final int ATTRIBUTED = 6;
    /**
     * A quote a named speaker's speech verb introduces and that closes its clause (党中央强调“自力更生”。) needs only
     * this length: a slogan, not a term, which would go on into a noun (提出“一带一路”倡议).
     */
    static final int SPOKEN_SLOGAN = 4;
    /** A quote followed by a footnote marker, or introduced by a speech verb without a speaker, needs this length. */
    static final int SOURCED = 8;
    /** A quote with clause punctuation needs this length. */
    static final int CLAUSE = 4;

    private static final String VERBS = "明确指出|深刻指出|郑重指出|进一步指出|鲜明指出|指出|明确提出|提出|强调|说道|讲道|谈道|谈到|写道|问道|答道"
            + "|认为|建议|表示|宣布|宣告|要求|号召|主张|回忆|重申|阐明|阐述|批示|告诫|回答|讲话中|发言中|说|明确";
    private static final Pattern VERB_AT_END = Pattern.compile(
            "(?:" + VERBS + ")(?:时|道|的)?\\s*[：:，,]?\\s*(?:要|应|应当|必须|以|将|把|即)?\\s*$");
    /**
     * Verbs that take a policy's own wording as their object without saying who spoke it: 开始“瞄准世界科技前沿”,
     * 形成“以流动促配置”, 演变为“…的机制”, 需求是“发挥一定的作用”. Such a quote is a quotation from its length
     * {@link #ATTRIBUTED} on, with no speaker.
     */
    private static final Pattern ADOPTING_VERB_AT_END = Pattern.compile("(?:开始|演变为|转变为|调整为|确定|确立|形成|是)\\s*$");
    private static final Pattern STATEMENT_VERB_AT_END = Pattern.compile("(?:作出|做出|作了|发出)\\s*$");
    private static final Pattern STATEMENT_AFTER = Pattern.compile(
            "[\\s\u2460-\u2473]*(?:等)?(?:的)?(?:一系列)?(?:重要|重大|科学|战略|著名)?(?:论断|决策|决定|部署|判断|号召|指示)");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，。；：！？,;!?]");
    private static final Pattern NAME_LIKE = Pattern.compile(
            "(?:[团会组部院所处署委社]|[总分]局|管理局|委员会|工程|计划|战略|政策|理论|方案|项目|协定|协议|条约|规划|纲要|倡议|浪潮|之旅|精神|体系|模式|机制|路线|方针)$");
    private static final Pattern CHAIN_GAP = Pattern.compile("[\\s，、,和与及以及]*");
    private static final Pattern MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern BRACKET_MARKER = Pattern.compile("\\[\\d+(?:[-–,，]\\d+)*\\]");
    private static final String SENTENCE_END = "。！？!?\n";
    private static final String CLOSING_QUOTES = "”」』";
    private static final String CLAUSE_END = "，,；;：:。！？!?\n";
    /** How far after the closing quote a mark may stand, in characters, within the clause. */
    private static final int MARK_REACH = 12;
    private static final String MARKER_GAP = " \t\r\n\u3000，。；、,.;！？!?";

    private static final QuotationFinder STANDARD =
            new QuotationFinder(KnownPersons.standard(), ChineseSurnames.standard());

    private final KnownPersons persons;
    private final SubjectReader subjects;

    public QuotationFinder(KnownPersons persons, ChineseSurnames surnames) {
        this.persons = persons;
        this.subjects = new SubjectReader(persons, surnames, BodyNames.standard());
    }

    /** A finder using the shipped lists of known persons and surnames. */
    public static QuotationFinder standard() {
        return STANDARD;
    }

    /**
     * @param paragraphText   the paragraph, markers in it or not
     * @param markers         footnote markers with their offsets (may be empty; circled digits and [n] directly after a
     *                        closing quote in the text are found too)
     * @param previousSpeaker the last person named in the preceding paragraph, for a 他指出 at the start of this one
     */
    public QuotationScan find(String paragraphText, List<MarkerPosition> markers, Optional<String> previousSpeaker) {
        String p = paragraphText;
        List<QuoteSpans.Span> spans = QuoteSpans.find(p);
        boolean[] quoted = new boolean[p.length()];
        for (QuoteSpans.Span s : spans) {
            for (int i = s.open(); i <= s.close(); i++) {
                quoted[i] = true;
            }
        }
        boolean[] titled = titles(p, quoted);
        List<KnownPersons.Mention> mentions = mentions(p, quoted);
        List<Found> found = new ArrayList<>();
        for (QuoteSpans.Span span : spans) {
            found.add(examine(p, span, quoted, titled, markers, mentions, previousSpeaker.orElse(null), found));
        }
        shareMarkersAlongChains(p, found);
        List<Quotation> quotations = new ArrayList<>();
        List<QuotedTerm> terms = new ArrayList<>();
        for (Found f : found) {
            if (f.quotation) {
                quotations.add(new Quotation(f.text, f.start, f.end, f.speaker, f.speakerKind, f.attribution, f.date,
                        f.marker));
            } else {
                terms.add(new QuotedTerm(f.text, f.start, f.end, f.marker));
            }
        }
        String last = mentions.isEmpty() ? previousSpeaker.orElse(null) : mentions.get(mentions.size() - 1).name();
        for (Quotation q : quotations) {
            if (q.speakerKind() == SpeakerKind.PERSON && mentions.stream().noneMatch(m -> m.start() > q.start())) {
                last = q.speaker();
            }
        }
        return new QuotationScan(quotations, terms, last);
    }

    /** Mutable working state for one quoted span. */
    private static final class Found {
        String text;
        int start;
        int end;
        int sentenceStart;
        String speaker;
        SpeakerKind speakerKind;
        Attribution attribution = Attribution.NONE;
        boolean attributed;
        /** The clause ends with the closing quote (a mark aside). */
        boolean closesClause;
        /** After a verb adopting the quoted wording ({@link #ADOPTING_VERB_AT_END}). */
        boolean adopted;
        String date;
        String marker;
        boolean quotation;
    }

    private Found examine(String p, QuoteSpans.Span span, boolean[] quoted, boolean[] titled, List<MarkerPosition> markers,
                          List<KnownPersons.Mention> mentions, String previousSpeaker, List<Found> before) {
        Found f = new Found();
        f.start = span.open() + 1;
        f.end = span.close();
        f.text = p.substring(f.start, f.end);
        f.sentenceStart = backTo(p, span.open(), quoted, SENTENCE_END, 0);
        f.marker = markerAfter(p, span.close() + 1, markers);
        Found previousInSentence = before.isEmpty() ? null : before.get(before.size() - 1);
        if (previousInSentence != null && previousInSentence.sentenceStart != f.sentenceStart) {
            previousInSentence = null;
        }
        String antecedentDate = null;
        Matcher verb = VERB_AT_END.matcher(p).region(f.sentenceStart, span.open());
        boolean spoken = verb.find();
        if (!spoken) {
            // 作出“科学技术是生产力”等重要论断: the verb needs the noun after the quote to be a statement.
            verb = STATEMENT_VERB_AT_END.matcher(p).region(f.sentenceStart, span.open());
            spoken = verb.find() && STATEMENT_AFTER.matcher(p).region(span.close() + 1, p.length()).lookingAt();
        }
        if (spoken) {
            f.attributed = true;
            int clauseStart = backTo(p, verb.start(), quoted, CLAUSE_END, f.sentenceStart);
            Optional<SubjectReader.Subject> subject = subjects.read(p, clauseStart, verb.start());
            if (subject.isPresent() && !subject.get().pronoun()) {
                f.speaker = subject.get().name();
                f.speakerKind = subject.get().kind();
                f.attribution = Attribution.NAMED;
            } else if (subject.isPresent()) {
                Optional<KnownPersons.Mention> antecedent = lastMentionBefore(mentions, subject.get().offset());
                f.speaker = antecedent.map(KnownPersons.Mention::name).orElse(previousSpeaker);
                f.speakerKind = f.speaker == null ? null : SpeakerKind.PERSON;
                f.attribution = f.speaker == null ? Attribution.NONE : Attribution.PRONOUN;
                // 他提出 continues the sentence that named him: its date is the date of what he said.
                antecedentDate = antecedent.map(m -> sentenceDate(p, backTo(p, m.start(), quoted, SENTENCE_END, 0),
                        m.start(), titled)).orElse(null);
            } else if (subjects.bare(p, clauseStart, verb.start())) {
                // "，强调“…”": the verb has no subject of its own and shares the sentence's.
                continueFrom(f, previousInSentence != null ? previousInSentence
                        : subjectOfEarlierClause(p, f.sentenceStart, clauseStart, quoted));
            }
        } else if (previousInSentence != null && chained(p, previousInSentence, span.open())) {
            continueFrom(f, previousInSentence);
            f.attributed = previousInSentence.attributed;
            f.adopted = previousInSentence.adopted;
        } else {
            f.adopted = ADOPTING_VERB_AT_END.matcher(p).region(f.sentenceStart, span.open()).find();
        }
        f.date = sentenceDate(p, f.sentenceStart, span.open(), titled);
        if (f.date == null && f.attribution == Attribution.CONTINUED && previousInSentence != null) {
            f.date = previousInSentence.date;
        }
        if (f.date == null) {
            f.date = antecedentDate;
        }
        f.closesClause = closesClause(p, span.close() + 1);
        f.quotation = isQuotation(f);
        return f;
    }

    /** Whether only a note mark and spaces stand between the closing quote and the end of the clause. */
    private static boolean closesClause(String p, int from) {
        int i = from;
        while (i < p.length() && (Character.isWhitespace(p.charAt(i)) || NoteMarkers.isCircled(p.charAt(i))
                || Character.isDigit(p.charAt(i)) || p.charAt(i) == '[' || p.charAt(i) == ']')) {
            i++;
        }
        return i >= p.length() || CLAUSE_END.indexOf(p.charAt(i)) >= 0;
    }

    private static void continueFrom(Found f, Found earlier) {
        if (earlier != null && earlier.speaker != null) {
            f.speaker = earlier.speaker;
            f.speakerKind = earlier.speakerKind;
            f.attribution = Attribution.CONTINUED;
        }
    }

    /**
     * 邓小平在会上讲话，强调“…”: the verb has no subject of its own, the sentence's earlier clause has one. A sentence
     * that is only 强调：“…” continues the subject of the sentence before it (党的十八大报告指出，…。强调：“…”).
     */
    private Found subjectOfEarlierClause(String p, int sentenceStart, int clauseStart, boolean[] quoted) {
        int end = clauseStart;
        while (end > sentenceStart) {
            int start = backTo(p, end - 1, quoted, CLAUSE_END, sentenceStart);
            Optional<Found> found = subjectFound(p, start, end - 1);
            if (found.isPresent()) {
                return found.get();
            }
            end = start;
        }
        if (clauseStart == sentenceStart && sentenceStart > 0) {
            int previous = backTo(p, sentenceStart - 1, quoted, SENTENCE_END, 0);
            int firstClauseEnd = previous;
            while (firstClauseEnd < sentenceStart - 1 && (quoted[firstClauseEnd]
                    || CLAUSE_END.indexOf(p.charAt(firstClauseEnd)) < 0)) {
                firstClauseEnd++;
            }
            return subjectFound(p, previous, firstClauseEnd).orElse(null);
        }
        return null;
    }

    private Optional<Found> subjectFound(String p, int from, int to) {
        return subjects.read(p, from, to).filter(s -> !s.pronoun()).map(s -> {
            Found f = new Found();
            f.speaker = s.name();
            f.speakerKind = s.kind();
            return f;
        });
    }

    private static boolean isQuotation(Found f) {
        int length = CjkText.contentLength(f.text);
        boolean clause = CLAUSE_PUNCTUATION.matcher(f.text).find();
        if (clause) {
            return length >= CLAUSE;
        }
        if (NAME_LIKE.matcher(f.text.strip()).find()) {
            return false;
        }
        return length >= LONG
                || (f.attributed && f.speaker != null && length >= ATTRIBUTED)
                || (f.attributed && length >= SOURCED)
                || (f.adopted && length >= ATTRIBUTED)
                || (f.attributed && f.speaker != null && f.closesClause && length >= SPOKEN_SLOGAN)
                || (f.marker != null && length >= SOURCED);
    }

    /** “A”，“B”。⑤ — one marker after a list of quotes sources all of them. */
    private static void shareMarkersAlongChains(String p, List<Found> found) {
        for (int i = found.size() - 2; i >= 0; i--) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            if (a.marker == null && b.marker != null && a.sentenceStart == b.sentenceStart && chained(p, a, b.start - 1)) {
                a.marker = b.marker;
                a.quotation = isQuotation(a);
            }
        }
    }

    private static boolean chained(String p, Found earlier, int nextOpen) {
        int from = earlier.end + 1;
        return from <= nextOpen && CHAIN_GAP.matcher(p).region(from, nextOpen).matches();
    }

    /** Start of the sentence or clause containing {@code pos}: just after the last boundary outside quotes. */
    private static int backTo(String p, int pos, boolean[] quoted, String boundaries, int floor) {
        for (int i = pos - 1; i >= floor; i--) {
            if (!quoted[i] && boundaries.indexOf(p.charAt(i)) >= 0) {
                return i + 1;
            }
            // A quotation that ends its own sentence (…。”) ends the enclosing sentence too.
            if (i > 0 && CLOSING_QUOTES.indexOf(p.charAt(i)) >= 0 && "。！？!?".indexOf(p.charAt(i - 1)) >= 0
                    && boundaries.indexOf('。') >= 0) {
                return i + 1;
            }
        }
        return floor;
    }

    /**
     * The note mark after a closing quote: right after it (a few spaces or stops between), or a few words later
     * within the same clause (“…”的技术发展策略④) when no other quote opens before it.
     */
    private static String markerAfter(String p, int from, List<MarkerPosition> markers) {
        String right = markerRightAfter(p, from, markers);
        if (right != null) {
            return right;
        }
        for (int pos = from; pos < p.length() && pos - from <= MARK_REACH; pos++) {
            char c = p.charAt(pos);
            if (CLAUSE_END.indexOf(c) >= 0) {
                // the clause ends: a mark right after its stop still belongs to it, none beyond
                return markerRightAfter(p, pos, markers);
            }
            if (c == '“' || c == '「') {
                return null;
            }
            int at = pos;
            if (markers.stream().anyMatch(m -> m.offset() == at) || NoteMarkers.isCircled(c)
                    || BRACKET_MARKER.matcher(p).region(pos, p.length()).lookingAt()) {
                return markerRightAfter(p, pos, markers);
            }
        }
        return null;
    }

    private static String markerRightAfter(String p, int from, List<MarkerPosition> markers) {
        int pos = from;
        for (int steps = 0; steps < 4 && pos <= p.length(); steps++) {
            for (MarkerPosition m : markers) {
                if (m.offset() == pos) {
                    return m.marker();
                }
            }
            if (pos == p.length()) {
                break;
            }
            char c = p.charAt(pos);
            if (NoteMarkers.isCircled(c)) {
                int e = pos;
                while (e < p.length() && NoteMarkers.isCircled(p.charAt(e))) {
                    e++;
                }
                return p.substring(pos, e);
            }
            Matcher b = BRACKET_MARKER.matcher(p).region(pos, p.length());
            if (b.lookingAt()) {
                return b.group();
            }
            if (MARKER_GAP.indexOf(c) < 0) {
                break;
            }
            pos++;
        }
        return null;
    }

    /** Known persons anywhere outside quotes, plus general names that are clause subjects; in text order. */
    private List<KnownPersons.Mention> mentions(String p, boolean[] quoted) {
        List<KnownPersons.Mention> out = new ArrayList<>();
        for (KnownPersons.Mention m : persons.mentions(p, 0, p.length())) {
            if (!quoted[m.start()]) {
                out.add(m);
            }
        }
        int start = 0;
        for (int i = 0; i <= p.length(); i++) {
            boolean boundary = i == p.length() || (!quoted[i] && CLAUSE_END.indexOf(p.charAt(i)) >= 0);
            if (boundary) {
                if (i > start && !quoted[start]) {
                    subjects.read(p, start, i).filter(s -> s.kind() == SpeakerKind.PERSON)
                            .filter(s -> out.stream().noneMatch(m -> m.start() == s.offset()))
                            .ifPresent(s -> out.add(new KnownPersons.Mention(s.offset(), s.offset() + s.name().length(), s.name())));
                }
                start = i + 1;
            }
        }
        out.sort(Comparator.comparingInt(KnownPersons.Mention::start));
        return out;
    }

    private static Optional<KnownPersons.Mention> lastMentionBefore(List<KnownPersons.Mention> mentions, int offset) {
        KnownPersons.Mention last = null;
        for (KnownPersons.Mention m : mentions) {
            if (m.start() < offset) {
                last = m;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Quoted text and 《book titles》: a year in 《…纲要（2006—2020 年）》 is not the date of the sentence. */
    private static boolean[] titles(String p, boolean[] quoted) {
        boolean[] out = quoted.clone();
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '《') {
                depth++;
            }
            if (depth > 0) {
                out[i] = true;
            }
            if (c == '》' && depth > 0) {
                depth--;
            }
        }
        return out;
    }

    /** The last date written in the sentence before the quote; a month without a year takes the paragraph's last year. */
    private static String sentenceDate(String p, int from, int to, boolean[] quoted) {
        Matcher m = ChineseDates.CHINESE.matcher(p).region(from, to);
        DateParts date = null;
        while (m.find()) {
            if (!quoted[m.start()]) {
                date = ChineseDates.of(m);
            }
        }
        if (date != null) {
            return date.iso();
        }
        Matcher month = MONTH.matcher(p).region(from, to);
        int at = -1;
        Integer mo = null;
        Integer day = null;
        while (month.find()) {
            if (!quoted[month.start()]) {
                at = month.start();
                mo = Integer.valueOf(month.group(1));
                day = month.group(2) == null ? null : Integer.valueOf(month.group(2));
            }
        }
        if (at < 0 || mo < 1 || mo > 12) {
            return null;
        }
        Matcher year = YEAR.matcher(p).region(0, at);
        Integer y = null;
        while (year.find()) {
            if (!quoted[year.start()]) {
                y = Integer.valueOf(year.group(1));
            }
        }
        return y == null ? null : new DateParts(y, mo, day == null || day > 31 ? null : day).iso();
    }
}
