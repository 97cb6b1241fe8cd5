package org.yuanliu.citation.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.Brackets;
import org.yuanliu.citation.text.CjkText;

/**
 * Reads a footnote (or a GB/T 7714 reference entry) into the works it cites. A note may explain a term and then
 * cite its source, either in a trailing parenthesis ({@code …解散。（参见张敏：《…》，《人民日报》…）}) or in a
 * last sentence starting with a lead word; several works are separated by ；.
 */
public final class FootnoteParser {

    /** Shape of a Chinese citation after its lead word: 《title》 first, or a short responsibility statement then 《. */
    private static final Pattern CHINESE_CITATION = Pattern.compile("^(?:《|[^。《“”\"]{1,60}?[：:]\\s*《)");
    private static final Pattern BODY_THEN_TITLE = Pattern.compile("^[^。，,《“”\"]{2,40}《");
    /** A note that gives a web address: [who：]title URL, or the address alone. */
    private static final Pattern WEB_NOTE = Pattern.compile(
            "^(?:([^：:。，,\\s]{2,20})\\s*[：:](?!//)\\s*)?(.*?)\\s*((?:https?://|www\\.)[^\\s，,；;）)]+)[。.]?$");
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^\\s*[\\[［]\\d{1,4}[\\]］]");
    /**
     * GB/T 7714's order of elements printed without a type code: "Zhou Yong-Bin, Feng Deng-Guo. Title. Journal, 2006,
     * 29(4): 581-589." (names, ". ", title, ". ", container and year). An author list that opens with an initial
     * ("H. Kopka, …") is another style.
     */
    private static final Pattern ELEMENTS_WITHOUT_CODE = Pattern.compile("^[^.。]{3,}\\.\\s+[^.。]{3,}\\.\\s+[^.。]+?,\\s*\\d{4}\\b");
    private static final Pattern ENGLISH_CITATION = Pattern.compile("^[A-Z][A-Za-z.'’\\- ]+[,，].*\\d{4}");

    private FootnoteParser() {
    }

    public static ParsedNote parse(String noteText) {
        String text = CjkText.normalizeSpacing(noteText);
        NoteMarkers.Lead marks = NoteMarkers.read(text);
        String body = marks.rest().strip();
        if (isReferenceEntry(noteText, body)) {
            CitedWork work = ReferenceEntryParser.parseWork(body);
            return new ParsedNote(noteText, marks.marks(), null, List.of(work));
        }
        String[] split = splitExplanation(body);
        String explanation = split[0];
        String citation = split[1];
        List<CitedWork> works = citation == null ? List.of() : parseWorks(citation);
        if (works.isEmpty()) {
            java.util.regex.Matcher web = WEB_NOTE.matcher(body);
            if (web.matches()) {
                return new ParsedNote(noteText, marks.marks(), null, List.of(webPage(web, body)));
            }
        }
        return new ParsedNote(noteText, marks.marks(), explanation, works);
    }

    private static CitedWork webPage(java.util.regex.Matcher web, String body) {
        CitedWorkBuilder w = CitedWorkBuilder.create().kind(WorkKind.WEB_PAGE).raw(body).url(web.group(3));
        String title = web.group(2).strip();
        if (web.group(1) != null && !title.isEmpty()) {
            w.contributor(Contributor.author(web.group(1)));
        } else if (web.group(1) != null) {
            title = web.group(1);
        }
        return w.title(title.isEmpty() ? web.group(3) : title).language(CjkText.hasHan(body) ? "zh" : "en").build();
    }

    /**
     * A GB/T 7714 entry by its shape: a type code ([J], [M]…), or a bracketed number leading text that does not
     * read as a note's citation. An endnote numbered [n] and written as a footnote (参见…：《…》，…) is read as one:
     * the kind of note never decides how it is parsed.
     */
    private static boolean isReferenceEntry(String raw, String body) {
        if (ReferenceEntryParser.HAS_TYPE_CODE.matcher(ReferenceEntryParser.normalise(body)).find()) {
            return true;
        }
        return NUMBERED_ENTRY.matcher(raw).find()
                && (ELEMENTS_WITHOUT_CODE.matcher(body).find() || splitExplanation(body)[1] == null);
    }

    /** [explanation or null, citation text or null]. */
    private static String[] splitExplanation(String body) {
        if (looksLikeCitation(body)) {
            return new String[] {null, body};
        }
        String trailing = trailingGroup(body);
        if (trailing != null && looksLikeCitation(trailing)) {
            String before = body.substring(0, body.lastIndexOf(trailing) - 1).strip();
            return new String[] {before.isEmpty() ? null : before, trailing};
        }
        int from = 0;
        int stop;
        while ((stop = Brackets.indexOfTopLevel(body, '。', from)) >= 0) {
            String tail = body.substring(stop + 1).strip();
            if (!tail.isEmpty() && LeadWords.startsWithLead(tail) && looksLikeCitation(tail)) {
                return new String[] {body.substring(0, stop + 1).strip(), tail};
            }
            from = stop + 1;
        }
        return new String[] {body.isEmpty() ? null : body, null};
    }

    private static boolean looksLikeCitation(String text) {
        LeadWords.Split lead = LeadWords.split(text);
        String t = lead.rest().strip();
        // after a lead word the body may stand right before the title: 数据来源：中国信息通信研究院《…》
        return CHINESE_CITATION.matcher(t).find() || ENGLISH_CITATION.matcher(t).find()
                || (lead.lead() != null && BODY_THEN_TITLE.matcher(t).find());
    }

    /** Content of a parenthesis that closes the note (a final 。 allowed), or null. */
    private static String trailingGroup(String body) {
        String b = body.replaceAll("[。.]+$", "");
        if (b.isEmpty() || (b.charAt(b.length() - 1) != '）' && b.charAt(b.length() - 1) != ')')) {
            return null;
        }
        int depth = 0;
        for (int i = b.length() - 1; i >= 0; i--) {
            char c = b.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if ((c == '（' || c == '(') && --depth == 0) {
                return b.substring(i + 1, b.length() - 1).strip();
            }
        }
        return null;
    }

    /** Splits on top-level ；and parses each work; a lead word before the first work scopes over the list. */
    private static List<CitedWork> parseWorks(String citation) {
        List<CitedWork> works = new ArrayList<>();
        String sharedLead = null;
        for (String part : Brackets.splitTopLevel(citation, "；;")) {
            LeadWords.Split lead = LeadWords.split(part.strip());
            if (works.isEmpty()) {
                sharedLead = lead.lead();
            }
            String leadWord = lead.lead() != null ? lead.lead() : sharedLead;
            String rest = lead.rest().strip();
            if (rest.isEmpty()) {
                continue;
            }
            boolean english = rest.charAt(0) < 0x80 && Character.isLetter(rest.charAt(0));
            works.add(english ? EnglishCitationParser.parse(rest, leadWord) : ChineseCitationParser.parse(rest, leadWord));
        }
        return works;
    }
}
