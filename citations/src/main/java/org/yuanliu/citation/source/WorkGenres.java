package org.yuanliu.citation.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yuanliu.citation.quotation.KnownPersons;
import org.yuanliu.citation.text.WordLists;

/**
 * The kind of work a title names by the word it ends with (…规划纲要, …的决定, 在…上的讲话), from an editable list
 * ({@code work-kinds.txt}); and the author a title implies (毛泽东文集 → 毛泽东, 中共中央、国务院关于…的决定 → 中共中央,
 * 国务院).
 */
public final class WorkGenres {

    private record Ending(String word, WorkKind kind) {
    }

    /** A trailing （2006—2020年） or （试行） is not the title's last word. */
    private static final Pattern TRAILING_GROUP = Pattern.compile("[（(][^（()）]*[)）]\\s*$");
    private static final Pattern STATUTE = Pattern.compile("^中华人民共和国.+法$");
    private static final Pattern ISSUER_ABOUT = Pattern.compile("^([^关《〈“]{2,40}?)关于.+的(?:决定|决议|通知|意见|若干意见|指导意见|实施意见|批复|规定)$");
    private static final Pattern MEETING_COMMUNIQUE = Pattern.compile("^(.+(?:会议|全会|大会|委员会))(?:公报|决议)$");
    private static final Pattern PERSON_WORKS = Pattern.compile("^(?:文集|文选|选集|全集|年谱|思想年谱|著作选读|手稿|书信选|诗词|谈|关于|论|自述)");

    private final List<Ending> endings;
    private final List<String> newsWords;

    private WorkGenres(List<Ending> endings, List<String> newsWords) {
        this.endings = endings.stream().sorted(Comparator.comparingInt((Ending e) -> e.word().length()).reversed()).toList();
        this.newsWords = List.copyOf(newsWords);
    }

    static WorkGenres standard() {
        return Holder.STANDARD;
    }

    /** The kind a title names by its last word (…的通知 → notice), from the shipped list. */
    public static Optional<WorkKind> kindOf(String title) {
        return standard().of(title);
    }

    /** The issuers a policy's title names (中共中央、国务院关于…的决定 → 中共中央, 国务院), from the shipped list. */
    public static List<String> issuersOf(String title, WorkKind kind) {
        return kind.isPolicy() || kind == WorkKind.REPORT ? standard().impliedAuthors(title, kind) : List.of();
    }

    static WorkGenres of(List<String> lines) {
        List<Ending> endings = new ArrayList<>();
        List<String> news = new ArrayList<>();
        WordLists.byKind(lines).forEach((name, words) -> {
            if (name.equals("news")) {
                news.addAll(words);
            } else {
                WorkKind kind = WorkKind.valueOf(name.toUpperCase(Locale.ROOT));
                words.forEach(w -> endings.add(new Ending(w, kind)));
            }
        });
        return new WorkGenres(endings, news);
    }
    /** The kind the title's last word names, unless the title reports on a document (科技部出台〈…规划〉). */
    Optional<WorkKind> of(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String head = head(title);
        if (head.endsWith("〉") || head.endsWith("》")) {
            return Optional.empty();
        }
        for (String news : newsWords) {
            if (head.contains(news)) {
                return Optional.empty();
            }
        }
        for (Ending e : endings) {
            if (head.endsWith(e.word())) {
                return Optional.of(e.kind());
            }
        }
        return STATUTE.matcher(head).matches() ? Optional.of(WorkKind.LAW) : Optional.empty();
    }

    /**
     * Authors the title names when none is printed: the person whose works a collection or a book of talks holds,
     * the issuers of 甲、乙关于…的决定, the meeting of a communiqué.
     */
    List<String> impliedAuthors(String title, WorkKind kind) {
        if (title == null) {
            return List.of();
        }
        String head = head(title);
        if (kind == WorkKind.COLLECTED_WORKS || kind == WorkKind.BOOK) {
            Optional<KnownPersons.Mention> person = KnownPersons.standard().at(head, 0);
            if (person.isPresent() && PERSON_WORKS.matcher(head).region(person.get().end(), head.length()).lookingAt()) {
                return List.of(person.get().name());
            }
            return List.of();
        }
        var about = ISSUER_ABOUT.matcher(head);
        if ((kind.isPolicy() || kind == WorkKind.REPORT) && about.matches()) {
            return List.of(about.group(1).split("、"));
        }
        var communique = MEETING_COMMUNIQUE.matcher(head);
        if (kind == WorkKind.REPORT && communique.matches()) {
            return List.of(communique.group(1));
        }
        return List.of();
    }

    /** 习近平谈治国理政, 邓小平论…: a known person's talks or writings on a subject, collected. */
    boolean talksOfAPerson(String title) {
        String head = title == null ? "" : head(title);
        return KnownPersons.standard().at(head, 0)
                .filter(p -> head.startsWith("谈", p.end()) || head.startsWith("论", p.end())).isPresent();
    }

    /** The title without its trailing groups: （2006—2020年）, （试行）. */
    private static String head(String title) {
        String t = title.strip();
        for (String stripped = TRAILING_GROUP.matcher(t).replaceFirst("").strip(); !stripped.equals(t) && !stripped.isEmpty();
             stripped = TRAILING_GROUP.matcher(t).replaceFirst("").strip()) {
            t = stripped;
        }
        return t;
    }

    private static final class Holder {
        static final WorkGenres STANDARD = of(WordLists.read(WorkGenres.class, "work-kinds.txt"));
    }
}
