package org.yuanliu.citation.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.Brackets;

/**
 * Reads an English note: {@code Authors, "Title," Container, 2021, Vol.5, No.2, pp.31-88.} The title is the quoted
 * part (PDF text loses italics, so an unquoted title is taken from its position after the authors).
 */
final class EnglishCitationParser {

    private static final Pattern QUOTE = Pattern.compile("[“”\"「」]");
    private static final Pattern YEAR = Pattern.compile("^\\(?(\\d{4})\\)?$");
    private static final Pattern VOLUME = Pattern.compile("^(?:Vol\\.?|Volume|vol\\.?)\\s*(\\S+)$");
    private static final Pattern ISSUE = Pattern.compile("^(?:No\\.?|Issue|no\\.?|Nr\\.?)\\s*(\\S+)$");
    private static final Pattern IMPRINT = Pattern.compile("[(（]([^()（）:：]+)[:：]\\s*([^()（）,，]+)[,，]\\s*(\\d{4})[)）]");
    private static final Pattern URL = Pattern.compile("^(https?://\\S+)$");
    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile("\\s*(?:[,，;；]|\\band\\b|&)\\s*");

    private EnglishCitationParser() {
    }

    static CitedWork parse(String text, String lead) {
        CitedWorkBuilder w = CitedWorkBuilder.create().raw(text).lead(lead).language("en");
        String s = text.strip().replaceAll("[.。]+$", "");
        String rest;
        Matcher q = QUOTE.matcher(s);
        if (q.find()) {
            int open = q.start();
            int close = q.find() ? q.start() : s.length();
            authors(s.substring(0, open), w);
            w.title(s.substring(open + 1, close).strip().replaceAll("[,，.]+$", ""));
            rest = close < s.length() ? s.substring(close + 1) : "";
        } else {
            List<String> fields = Brackets.splitTopLevel(s, ",，");
            if (fields.size() >= 2) {
                authors(fields.get(0), w);
                w.title(fields.get(1).replaceAll("\\s*[(（].*$", ""));
                rest = s.substring(s.indexOf(fields.get(1)) + w.title.length());
            } else {
                w.title(s);
                rest = "";
            }
        }
        Matcher imprint = IMPRINT.matcher(rest);
        if (imprint.find()) {
            w.place(imprint.group(1).strip()).publisher(imprint.group(2).strip())
                    .year(Integer.valueOf(imprint.group(3)));
            rest = rest.substring(0, imprint.start()) + rest.substring(imprint.end());
        }
        for (String f : Brackets.splitTopLevel(rest, ",，")) {
            readField(f.strip(), w);
        }
        w.kind(kindOf(w));
        return w.build();
    }

    private static void authors(String statement, CitedWorkBuilder w) {
        for (String name : AUTHOR_SEPARATORS.split(statement.strip())) {
            String n = name.replaceAll("(?i)\\bet al\\.?$", "").strip();
            if (!n.isEmpty()) {
                w.contributor(Contributor.author(n));
            }
        }
    }

    private static void readField(String f, CitedWorkBuilder w) {
        Matcher m;
        List<String> pages = PageList.parseField(f);
        if (pages != null) {
            w.pages(pages);
        } else if ((m = YEAR.matcher(f)).matches()) {
            w.year(Integer.valueOf(m.group(1)));
        } else if ((m = VOLUME.matcher(f)).matches()) {
            w.volume(m.group(1));
        } else if ((m = ISSUE.matcher(f)).matches()) {
            w.issue(m.group(1));
        } else if ((m = URL.matcher(f)).matches()) {
            w.url(m.group(1));
        } else if (!f.isEmpty() && w.container == null) {
            w.container(f);
        }
    }

    private static WorkKind kindOf(CitedWorkBuilder w) {
        if (w.url != null) {
            return WorkKind.WEB_PAGE;
        }
        if (w.container != null && (w.volume != null || w.issue != null || !w.pages.isEmpty())) {
            return WorkKind.JOURNAL_ARTICLE;
        }
        if (w.publisher != null) {
            return WorkKind.BOOK;
        }
        return WorkKind.OTHER;
    }
}
