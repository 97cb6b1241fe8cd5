package org.yuanliu.citation.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.CjkText;
import org.yuanliu.citation.text.ChineseDates;
import org.yuanliu.citation.text.DateParts;

/**
 * Reads a GB/T 7714 reference-list entry: {@code [3] 作者. 题名[J]. 刊名, 2019, 34(5): 1-10.}, [M] books with
 * {@code 出版地: 出版者, 年}, [N] newspapers, [EB/OL] web pages, and entries printed without a type code.
 */
public final class ReferenceEntryParser {

    /** GB/T separates elements with ". "; Chinese entries sometimes omit the space before Han text. */
    // A full stop ends an element when a space, a Han character, a bracket or an opening quote follows.
    private static final Pattern ELEMENT_SEPARATOR = Pattern.compile("(?<=[.．])\\s+|(?<=[.．])(?=[\\p{IsHan}(（\\[“‘《〈\"])");
    private static final Pattern TYPE_CODE = Pattern.compile("\\s*[\\[［]([A-Z]{1,2})(?:/([A-Z]{1,2}))?[\\]］]\\s*$");
    /** [A] 析出文献 inside a [C] proceedings: a conference paper. */
    private static final Pattern IN_PROCEEDINGS = Pattern.compile("[\\[［]C[\\]］]");
    static final Pattern HAS_TYPE_CODE = Pattern.compile("\\[(?:M|J|N|C|G|D|R|S|P|A|Z|EB|DB|CP|CM|DS)(?:/(?:OL|MT|DK|CD))?\\]");
    private static final Pattern INITIALS = Pattern.compile("^[A-Z](?:\\s?[A-Z])?$");
    private static final Pattern TITLE_VOLUME = Pattern.compile("^(.+?)\\s*[:：]\\s*(第[\\d一二三四五六七八九十]+[卷册]|[上中下][卷册]?)$");
    private static final Pattern EDITION = Pattern.compile("^(\\d+(?:st|nd|rd|th)\\s+ed\\.?|第?\\d+版|[一二三四五六七八九十]+版)$");
    private static final Pattern JOURNAL = Pattern.compile(
            "^(.+?),\\s*(\\d{4})(?:,\\s*([^,(:：]+?))?\\s*(?:\\(([^)]+)\\))?(?:\\s*[:：]\\s*(.+))?$");
    private static final Pattern NEWSPAPER = Pattern.compile(
            "^(.+?),\\s*(\\d{4}-\\d{1,2}-\\d{1,2})\\s*(?:\\(([^)]+)\\))?(?:\\s*[:：]\\s*(.+))?$");
    private static final Pattern IMPRINT = Pattern.compile(
            "^(?:([^:：,]+?)\\s*[:：]\\s*)?([^,:：]+?)?\\s*,\\s*(\\d{4})(?:\\s*[:：]\\s*(.+))?$");
    private static final Pattern PUBLISHER_WORD = Pattern.compile(
            "(出版社|出版公司|书局|印书馆|书店|Press|Publishers?|Publications|部|院|委员会|局)");
    private static final Pattern UPDATE_DATE = Pattern.compile("\\((\\d{4}-\\d{1,2}-\\d{1,2})\\)");
    private static final Pattern URL = Pattern.compile("(https?://\\S+?)\\.?$");
    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile("\\s*[,，]\\s*");
    /** A type code set with spaces inside ("[ J]", "[EB/ OL]": letter-spaced type, 方正 among the producers). */
    private static final Pattern SPACED_TYPE_CODE = Pattern.compile("[\\[［]\\s*([A-Z]{1,2})\\s*(?:/\\s*([A-Z]{1,2})\\s*)?[\\]］]");
    /** The part a contribution was published in: "题名[C]//会议录. 出版地: 出版者, 年: 页码" ("∥" or "‖" in some type). */
    private static final Pattern IN_HOST = Pattern.compile("^(.*?)\\s*[\\[［]([A-Z]{1,2})(?:/[A-Z]{1,2})?[\\]］]\\s*//\\s*(.+)$");

    private ReferenceEntryParser() {
    }

    /** Parses one entry; its [n] number becomes the note's marker. */
    public static ParsedNote parse(String entry) {
        NoteMarkers.Lead lead = NoteMarkers.read(CjkText.normalizeSpacing(entry));
        CitedWork work = parseWork(lead.rest());
        return new ParsedNote(entry, lead.marks(), null, List.of(work));
    }

    static CitedWork parseWork(String text) {
        String s = text.strip().replace('．', '.').replaceAll("\\.+$", "");
        s = normalise(s);
        List<String> parts = mergeInitials(ELEMENT_SEPARATOR.split(s));
        if (parts.size() == 1 && !HAS_TYPE_CODE.matcher(s).find() && s.indexOf('《') > 0) {
            // no GB/T elements, a 《》 title after the names: the entry is written note-style (王晓华, 和张睿,《…》,编辑学报)
            return ChineseCitationParser.parse(text.strip(), null);
        }
        parts.replaceAll(p -> p.strip().replaceAll("[.．]$", ""));
        CitedWorkBuilder w = CitedWorkBuilder.create().raw(text.strip());
        int titleAt = -1;
        String code = null;
        String host = null;
        List<Contributor> editors = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Matcher in = IN_HOST.matcher(parts.get(i));
            if (in.matches()) {
                // a contribution: its title, then the work it is in up to the imprint (editors first, if printed)
                titleAt = i;
                code = in.group(2);
                parts.set(i, in.group(1));
                List<String> hostParts = new ArrayList<>();
                hostParts.add(in.group(3).strip());
                while (i + 1 < parts.size() - 1) {
                    hostParts.add(parts.remove(i + 1).strip());
                }
                host = hostParts.get(hostParts.size() - 1);
                for (String editor : hostParts.subList(0, hostParts.size() - 1)) {
                    names(editor.replaceAll("\\s*[(（]?(主编|编|eds?\\.?)[)）]?$", ""))
                            .forEach(name -> editors.add(new Contributor(name, ContributorRole.EDITOR)));
                }
                break;
            }
            Matcher m = TYPE_CODE.matcher(parts.get(i));
            if (m.find()) {
                titleAt = i;
                code = m.group(1);
                parts.set(i, parts.get(i).substring(0, m.start()));
                break;
            }
        }
        if (titleAt < 0) {
            titleAt = parts.size() >= 3 ? 1 : 0;
        }
        if (code == null && parts.size() == 2 && !parts.get(1).matches(".*\\d.*") && parts.get(1).strip().length() <= 60) {
            // "Title. Body.": a work its body issued, without publisher or date, is a report
            CitedWorkBuilder r = CitedWorkBuilder.create().raw(text.strip());
            readTitle(parts.get(0).strip(), r);
            for (String name : parts.get(1).strip().split("\\s*[、，,]\\s*")) {
                r.contributor(Contributor.author(name));
            }
            r.language(CjkText.hasHan(parts.get(0)) ? "zh" : "en");
            return r.kind(WorkClassifier.classify(r, false, false) == WorkKind.OTHER ? WorkKind.REPORT
                    : WorkClassifier.classify(r, false, false)).build();
        }
        for (int i = 0; i < titleAt; i++) {
            names(parts.get(i)).forEach(name -> w.contributor(Contributor.author(name)));
        }
        editors.forEach(w::contributor);
        readTitle(parts.get(titleAt).strip(), w);
        w.language(CjkText.hasHan(parts.get(titleAt)) ? "zh" : "en");
        List<String> rest = new ArrayList<>(parts.subList(titleAt + 1, parts.size()));
        rest.removeIf(p -> {
            if (EDITION.matcher(p.strip()).matches()) {
                // the element's full stop was cut off with the separators; "ed." keeps its own
                w.edition(p.strip().endsWith("ed") ? p.strip() + "." : p.strip());
                return true;
            }
            Matcher u = URL.matcher(p.strip());
            if (u.find() && p.strip().startsWith("http")) {
                w.url(u.group(1));
                return true;
            }
            return false;
        });
        String tail = String.join(". ", rest).strip();
        WorkKind kind = readTail(tail, code, w);
        if (host != null) {
            w.container(host);
        }
        WorkClassifier.addImpliedAuthors(w, kind);
        return w.kind(kind).build();
    }

    /** The names of a list of authors or editors, without 等 and et al. */
    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : AUTHOR_SEPARATORS.split(list.strip())) {
            if (!name.isBlank() && !name.equals("等") && !name.matches("(?i)et al\\.?")) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** GB/T 7714 as typeset: "∥" or "‖" for the separator "//", spaces inside a type code. */
    static String normalise(String entry) {
        String s = entry.replace("∥", "//").replace("‖", "//");
        return SPACED_TYPE_CODE.matcher(s).replaceAll(m -> "[" + m.group(1) + (m.group(2) == null ? "" : "/" + m.group(2)) + "]");
    }

    private static void readTitle(String title, CitedWorkBuilder w) {
        Matcher m = TITLE_VOLUME.matcher(title);
        if (m.matches()) {
            w.title(m.group(1)).volume(m.group(2));
        } else {
            w.title(title);
        }
    }

    private static WorkKind readTail(String tail, String code, CitedWorkBuilder w) {
        Matcher m;
        if ("N".equals(code) && (m = NEWSPAPER.matcher(tail)).matches()) {
            w.container(m.group(1).strip());
            date(m.group(2), w);
            if (m.group(3) != null) {
                w.pages(List.of(m.group(3)));
            }
            return WorkKind.NEWSPAPER_ARTICLE;
        }
        if ("EB".equals(code) || "DB".equals(code) || (code == null && w.url != null && !tail.contains(","))) {
            m = UPDATE_DATE.matcher(tail);
            if (m.find()) {
                date(m.group(1), w);
            }
            return WorkKind.WEB_PAGE;
        }
        if (("J".equals(code) || code == null && tail.matches(".*\\d{4}.*\\(.+\\).*")) && (m = JOURNAL.matcher(tail)).matches()) {
            w.container(m.group(1).strip()).year(Integer.valueOf(m.group(2)));
            w.volume(m.group(3) == null ? null : m.group(3).strip()).issue(m.group(4));
            if (m.group(5) != null) {
                w.pages(PageList.split(m.group(5)));
            }
            return WorkKind.JOURNAL_ARTICLE;
        }
        if ((m = IMPRINT.matcher(tail)).matches()) {
            String place = m.group(1);
            String publisher = m.group(2) == null ? null : m.group(2).strip();
            if (place == null && publisher != null && !PUBLISHER_WORD.matcher(publisher).find()) {
                place = publisher; // "莫斯科, 1954": a bare word before the year is a place.
                publisher = null;
            }
            w.place(place == null ? null : place.strip()).publisher(publisher).year(Integer.valueOf(m.group(3)));
            if (m.group(4) != null) {
                w.pages(PageList.split(m.group(4)));
            }
        }
        return kindOf(code, w);
    }

    private static WorkKind kindOf(String code, CitedWorkBuilder w) {
        if (code == null || "M".equals(code)) {
            WorkKind k = WorkClassifier.classify(w, false, false);
            return k == WorkKind.OTHER && "M".equals(code) ? WorkKind.BOOK : k;
        }
        return switch (code) {
            case "J" -> WorkKind.JOURNAL_ARTICLE;
            case "N" -> WorkKind.NEWSPAPER_ARTICLE;
            case "G" -> WorkKind.COLLECTED_WORKS;
            case "A" -> w.raw != null && IN_PROCEEDINGS.matcher(w.raw).find() ? WorkKind.CONFERENCE_PAPER : WorkKind.ARCHIVE;
            case "R" -> WorkKind.REPORT;
            case "C" -> WorkKind.CONFERENCE_PAPER;
            case "D" -> WorkKind.THESIS;
            case "S" -> WorkKind.STANDARD;
            case "P" -> WorkKind.PATENT;
            default -> WorkKind.OTHER;
        };
    }

    private static void date(String iso, CitedWorkBuilder w) {
        Optional<DateParts> d = ChineseDates.parseWhole(iso);
        d.ifPresent(p -> w.year(p.year()).date(p.iso()));
    }

    /** "Smith J. A. Title" splits after each initial; put the initials back onto the name. */
    private static List<String> mergeInitials(String[] parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!out.isEmpty() && out.size() == 1 && INITIALS.matcher(p.strip()).matches()) {
                out.set(0, out.get(0) + " " + p.strip());
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
