package org.yuanliu.citation.source;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.Brackets;
import org.yuanliu.citation.text.ChineseDates;
import org.yuanliu.citation.text.DateParts;

/**
 * Reads one Chinese note-style citation: {@code [责任者：]《题名》[（卷）]，[《刊名》|网站]，[出版地：出版者]，年版/日期/年第N期，第N页}.
 * Fields are recognised by their shape, not their position, because journals order them differently.
 */
final class ChineseCitationParser {

    private static final Pattern VOLUME = Pattern.compile(
            "^(第[\\d一二三四五六七八九十百零〇两]+[卷册辑编部分]|[上中下][卷册编]?|卷[\\d一二三四五六七八九十]+|"
                    + "第[\\d一二三四五六七八九十]+[卷册][上中下]|[\\d]+)$");
    private static final Pattern EDITION = Pattern.compile("^(第?[\\d一二三四五六七八九十]+版|修订版|增订版|新版|重印本)$");
    private static final Pattern YEAR_EDITION = Pattern.compile("^(\\d{4})年?(?:版|印)?(?:，?第[\\d一二三四五六七八九十]+次印刷)?$");
    private static final Pattern JOURNAL_ISSUE = Pattern.compile("^(?:(\\d{4})年?)?第(\\d+)(?:[-/](\\d+))?期$");
    private static final Pattern YEAR_ISSUE_NUMBER = Pattern.compile("^(\\d{4})年?(?:第)?(\\d+)期$");
    private static final Pattern NEWSPAPER_EDITION = Pattern.compile("^第(\\d+)版$");
    private static final Pattern URL = Pattern.compile("(https?://[^\\s，,；;）)]+)");
    private static final Pattern PUBLISHER = Pattern.compile(
            "(出版社|出版公司|出版集团|出版中心|出版发行|书局|印书馆|书店|书社|出版|Press|Publishers?|Publications|Verlag)");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile("^([^：:]{1,12})[：:](.+)$");
    private static final Pattern CONTAINER_LEAD = Pattern.compile("^(载于|载|收入|收于|见于)");

    private ChineseCitationParser() {
    }

    static CitedWork parse(String text, String lead) {
        CitedWorkBuilder w = CitedWorkBuilder.create().raw(text).lead(lead).language("zh");
        String s = text.strip().replaceAll("[。．.]+$", "");
        boolean bracketed = false;
        boolean dateHasDay = false;
        int open = Brackets.indexOfTopLevel(s, '《', 0);
        List<String> fields;
        if (open >= 0) {
            ContributorParser.parse(s.substring(0, open)).forEach(w::contributor);
            int close = Brackets.matchingEnd(s, open);
            if (close < 0) {
                close = s.length();
            }
            w.title(s.substring(open + 1, Math.max(open + 1, close - 1)));
            fields = Brackets.splitTopLevel(readVolume(s.substring(close), w, true), "，,");
        } else {
            // No book-title marks: the first field is the title (archival or unpublished material).
            List<String> all = Brackets.splitTopLevel(s, "，,");
            w.title(all.isEmpty() ? null : all.get(0));
            fields = all.isEmpty() ? all : all.subList(1, all.size());
        }
        for (String field : fields) {
            String f = CONTAINER_LEAD.matcher(field).replaceFirst("");
            while (f.startsWith("《")) {
                int end = Brackets.matchingEnd(f, 0);
                if (end < 0) {
                    break;
                }
                if (w.container == null) {
                    w.container(f.substring(1, end - 1));
                    bracketed = true;
                }
                f = readVolume(f.substring(end), w, w.volume == null).strip();
            }
            if (!f.isEmpty()) {
                dateHasDay |= readField(f, w);
            }
        }
        if (w.container == null && w.siteCandidate != null && (w.year != null || w.date != null)) {
            w.container(w.siteCandidate);
        }
        WorkKind kind = WorkClassifier.classify(w, bracketed, dateHasDay);
        WorkClassifier.addImpliedAuthors(w, kind);
        return w.kind(kind).build();
    }

    /** Reads a （…） right after a title: a volume (第二卷, 上) or else part of the title such as a year span. */
    private static String readVolume(String after, CitedWorkBuilder w, boolean volumeAllowed) {
        String a = after.stripLeading();
        if (!a.isEmpty() && (a.charAt(0) == '（' || a.charAt(0) == '(')) {
            int end = Brackets.matchingEnd(a, 0);
            if (end > 0) {
                String inner = a.substring(1, end - 1).strip();
                if (volumeAllowed && VOLUME.matcher(inner).matches()) {
                    w.volume(inner);
                } else if (EDITION.matcher(inner).matches()) {
                    w.edition(inner);
                } else if (w.title != null && w.container == null) {
                    w.title(w.title + "（" + inner + "）");
                }
                return a.substring(end);
            }
        }
        return after;
    }

    /** Reads one comma-separated field by its shape; true when it was a date with a day. */
    private static boolean readField(String f, CitedWorkBuilder w) {
        Matcher m = URL.matcher(f);
        if (m.find()) {
            w.url(m.group(1));
            String before = f.substring(0, m.start()).replaceAll("[：:\\s]+$", "");
            return !before.isEmpty() && readField(before, w);
        }
        List<String> pages = PageList.parseField(f);
        if (pages != null) {
            w.pages(pages);
            return false;
        }
        if ((m = JOURNAL_ISSUE.matcher(f)).matches() || (m = YEAR_ISSUE_NUMBER.matcher(f)).matches()) {
            if (m.group(1) != null) {
                w.year(Integer.valueOf(m.group(1)));
            }
            w.issue(m.group(2));
            return false;
        }
        if ((m = NEWSPAPER_EDITION.matcher(f)).matches()) {
            w.pages(List.of(m.group(1)));
            return false;
        }
        if ((m = YEAR_EDITION.matcher(f)).matches()) {
            w.year(Integer.valueOf(m.group(1)));
            return false;
        }
        Optional<DateParts> date = ChineseDates.parseWhole(f);
        if (date.isPresent()) {
            DateParts d = date.get();
            w.year(d.year());
            if (d.month() != null) {
                w.date(d.iso());
            }
            return d.complete();
        }
        if (EDITION.matcher(f).matches()) {
            w.edition(f);
            return false;
        }
        if ((m = PLACE_PUBLISHER.matcher(f)).matches() && w.publisher == null) {
            w.place(m.group(1).strip());
            w.publisher(m.group(2).strip());
            return false;
        }
        if (PUBLISHER.matcher(f).find() && w.publisher == null) {
            w.publisher(f);
            return false;
        }
        if (w.container == null && w.siteCandidate == null) {
            w.siteCandidate = f;
        }
        return false;
    }
}
