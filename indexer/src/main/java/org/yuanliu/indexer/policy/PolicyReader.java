package org.yuanliu.indexer.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yuanliu.citation.source.WorkGenres;
import org.yuanliu.citation.source.WorkKind;
import org.yuanliu.citation.text.ChineseDates;
import org.yuanliu.citation.text.DateParts;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.StructuredDocument;

/**
 * Reads a policy document's own catalogue fields from the elements GB/T 9704 prescribes and their wording: the
 * 发文机关标志 (…文件) and 发文字号 (国发〔2016〕43号) at the head of the first page, the 主送机关 line ending in a colon,
 * the 发文机关署名 and 成文日期 that close the body (2021年6月3日, or 二〇〇六年一月二十六日 before 2012), the 版记's 抄送
 * and …印发 lines, a law's promulgation line (（2019年3月2日国务院令第709号公布 自2019年5月1日起施行）), its articles
 * (第十条) and its 附件. A document none of these mark is not a policy, whatever its title.
 */
public final class PolicyReader {

    /** Where the head elements stand: the first units of the first page. */
    private static final int HEAD_UNITS = 10;
    /** The head and closing elements are short lines, not sentences. */
    private static final int SHORT = 60;

    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,12}?)\\s*[〔\\[［(（]\\s*(\\d{4})\\s*[〕\\]］)）]\\s*(\\d{1,4})\\s*号");
    private static final Pattern DECREE = Pattern.compile("([\\p{IsHan}]{2,20}令)\\s*第\\s*(\\d{1,5})\\s*号");
    private static final Pattern HEADER = Pattern.compile("^([\\p{IsHan}、\\s]{2,60}?)\\s*文\\s*件$");
    private static final String DATE = "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|[〇○零Ｏ一二三四五六七八九]{4}\\s*年\\s*"
            + "[一二三四五六七八九十]{1,3}\\s*月(?:\\s*[一二三四五六七八九十]{1,3}\\s*日)?)";
    private static final Pattern SIGNED = Pattern.compile("^(?:([\\p{IsHan}、（）\\s]{2,40}?)\\s+)?" + DATE + "$");
    private static final Pattern PRINTED = Pattern.compile("^(.{2,40}?)\\s*" + DATE + "\\s*印\\s*发$");
    private static final Pattern COPIED = Pattern.compile("^抄\\s*送\\s*[：:]\\s*(.+?)[。.]?$");
    private static final Pattern PROMULGATED = Pattern.compile(DATE + "[^，。；]{0,40}?(?:公布|发布|印发|通过)");
    private static final Pattern IN_FORCE = Pattern.compile("自\\s*" + DATE + "\\s*起(?:施行|实施|执行|生效)");
    private static final Pattern ARTICLE = Pattern.compile("^第([一二三四五六七八九十百零〇]{1,6})条");
    private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百零〇]{1,4}[章节编]");
    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*(\\d{0,2})\\s*[：:]?\\s*(.*)$");
    private static final Pattern ADDRESSEES = Pattern.compile("^(.{2,160}?)[：:]$");
    private static final Pattern WHITE_PAPER_ISSUER = Pattern.compile("新闻办公室$");

    /** A line of the document in reading order: the title, a heading, or a passage. */
    private record Unit(String text, int passage, int page, boolean heading) {
    }

    public Optional<Policy> read(StructuredDocument document) {
        List<Unit> units = units(document);
        String title = document.metadata() == null ? "" : document.metadata().title();
        Optional<WorkKind> titled = WorkGenres.kindOf(title).filter(k -> k.isPolicy() || k == WorkKind.REPORT);

        List<String> issuers = new ArrayList<>();
        String number = null;
        int headEnd = Math.min(units.size(), HEAD_UNITS);
        boolean marked = false;
        // the mark and number the title block set apart (TitleBlock: issuer_mark, document_number)
        Map<String, String> fields = document.metadata() == null ? Map.of() : document.metadata().fields();
        if (fields.containsKey("issuer_mark")) {
            Matcher mark = HEADER.matcher(fields.get("issuer_mark"));
            if (mark.matches()) {
                issuers.addAll(split(mark.group(1)));
                marked = true;
            }
        }
        if (fields.containsKey("document_number")) {
            Matcher n = NUMBER.matcher(fields.get("document_number"));
            number = n.find() ? n.group(1) + "〔" + n.group(2) + "〕" + n.group(3) + "号" : null;
        }
        for (int i = 0; i < headEnd; i++) {
            String t = units.get(i).text();
            if (t.length() > SHORT) {
                continue;
            }
            Matcher m = HEADER.matcher(t);
            if (issuers.isEmpty() && m.matches()) {
                issuers.addAll(split(m.group(1)));
                marked = true;
            }
            if (number == null && (m = NUMBER.matcher(t)).find()) {
                number = m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
            }
        }
        String decree = null;
        String promulgated = null;
        String inForce = null;
        // a promulgation line may wrap over two lines: read the head as one text
        StringBuilder headText = new StringBuilder();
        for (int i = 0; i < headEnd; i++) {
            if (units.get(i).text().length() <= SHORT * 2) {
                headText.append(units.get(i).text());
            }
        }
        Matcher promulgation = PROMULGATED.matcher(headText);
        if (promulgation.find()) {
            promulgated = iso(promulgation.group(1));
            Matcher d = DECREE.matcher(headText.substring(promulgation.end(1), promulgation.end()));
            if (d.find()) {
                String body = d.group(1).replaceFirst("^中华人民共和国", "");
                decree = body + "第" + d.group(2) + "号";
                if (issuers.isEmpty()) {
                    issuers.add(body.substring(0, body.length() - 1)); // 国务院令 → 国务院
                }
            }
        }
        Matcher force = IN_FORCE.matcher(headText);
        if (force.find()) {
            inForce = iso(force.group(1));
        }
        String addressees = null;
        for (int i = 0; i < headEnd && addressees == null; i++) {
            Matcher m = ADDRESSEES.matcher(units.get(i).text());
            if (m.matches() && (m.group(1).contains("、") || m.group(1).startsWith("各"))) {
                addressees = m.group(1).strip();
            }
        }

        List<String> copiedTo = new ArrayList<>();
        String printedOn = null;
        String written = null;
        List<String> signatories = new ArrayList<>();
        int signedAt = -1;
        for (int i = 0; i < units.size(); i++) {
            String t = units.get(i).text();
            if (t.length() > SHORT * 4) {
                continue;
            }
            Matcher m = COPIED.matcher(t);
            if (m.matches()) {
                // the 抄送 line wraps: its continuation lines run until one ends the list with 。
                StringBuilder list = new StringBuilder(m.group(1));
                for (int j = i + 1; !t.endsWith("。") && j < units.size() && !list.toString().endsWith("。")
                        && units.get(j).text().length() <= SHORT * 2 && !PRINTED.matcher(units.get(j).text()).matches(); j++) {
                    list.append(units.get(j).text());
                    i = j;
                }
                copiedTo = split(list.toString().replaceAll("[。.]$", ""));
                continue;
            }
            if ((m = PRINTED.matcher(t)).matches()) {
                printedOn = iso(m.group(2));
                continue;
            }
            if (i > 0 && t.length() <= SHORT && (m = SIGNED.matcher(t)).matches() && signedAt < 0) {
                written = iso(m.group(2));
                signedAt = i;
                String by = m.group(1) != null ? m.group(1) : signatory(units.get(i - 1).text());
                if (by != null) {
                    signatories = split(by);
                }
            }
        }

        Map<Integer, String> articles = articles(units);
        List<Policy.Attachment> attachments = attachments(units, headEnd);

        WorkKind type = titled.orElse(null);
        if (type == null && !signatories.isEmpty() && signatories.stream().anyMatch(s -> WHITE_PAPER_ISSUER.matcher(s).find())
                && signedAt < HEAD_UNITS) {
            type = WorkKind.WHITE_PAPER; // 国务院新闻办公室 under the title dates its white papers
            promulgated = written;
            written = null;
        }
        if (type == null && articles.size() >= 2 && (promulgated != null || inForce != null)) {
            type = WorkKind.REGULATION;
        }
        boolean evidence = marked || number != null || decree != null || promulgated != null || inForce != null
                || addressees != null || printedOn != null || !copiedTo.isEmpty() || articles.size() >= 2
                || (written != null && !signatories.isEmpty());
        if (type == null || !evidence) {
            return Optional.empty();
        }
        if (issuers.isEmpty()) {
            issuers.addAll(WorkGenres.issuersOf(title, type));
        }
        if (issuers.isEmpty()) {
            issuers.addAll(signatories);
        }
        return Optional.of(new Policy(type, issuers, Optional.ofNullable(number != null ? number : decree),
                Optional.ofNullable(addressees), Optional.ofNullable(written),
                Optional.ofNullable(printedOn != null ? printedOn : promulgated), Optional.ofNullable(inForce),
                copiedTo, attachments, articles));
    }

    /** The article each passage belongs to: from a passage opening 第十条 to the next article or chapter. */
    private static Map<Integer, String> articles(List<Unit> units) {
        Map<Integer, String> out = new LinkedHashMap<>();
        String current = null;
        for (Unit u : units) {
            Matcher m = ARTICLE.matcher(u.text());
            if (m.find()) {
                current = m.group();
            } else if (u.heading() || CHAPTER.matcher(u.text()).find() || ATTACHMENT.matcher(u.text()).matches()) {
                current = null;
            }
            if (current != null && u.passage() >= 0 && !u.heading()) {
                out.put(u.passage(), current);
            }
        }
        return out;
    }

    /**
     * 附件1 standing alone or with its title (附件：《…规范》), after the head of the document; the attachment starts
     * where its title comes back as a heading or line, else at the next line. 附件说明 lists (附件：1. …) are not
     * attachments themselves.
     */
    private static List<Policy.Attachment> attachments(List<Unit> units, int from) {
        List<Policy.Attachment> out = new ArrayList<>();
        for (int i = Math.max(from, 1); i < units.size(); i++) {
            Unit u = units.get(i);
            Matcher m = ATTACHMENT.matcher(u.text());
            if (!m.matches() || u.text().length() > SHORT) {
                continue;
            }
            String label = "附件" + m.group(1);
            String title = m.group(2).strip().replaceAll("^《(.*)》$", "$1");
            int next = i + 1;
            if (title.isEmpty() && next < units.size()) {
                title = units.get(next).text();
            }
            if (title.isEmpty() || title.matches("^\\d+[.．、].*")) {
                continue;
            }
            int start = next < units.size() ? units.get(next).passage() : u.passage();
            for (int j = next; j < units.size(); j++) {
                if (units.get(j).text().equals(title)) {
                    start = units.get(j).passage();
                    break;
                }
            }
            String named = title;
            if (out.stream().noneMatch(x -> x.title().equals(named))) {
                out.add(new Policy.Attachment(label, title, start));
            }
        }
        return out;
    }

    /** The line before a date is its signatory when it is a short name, not a sentence. */
    private static String signatory(String line) {
        String t = line.strip();
        return t.length() <= 40 && t.matches("[\\p{IsHan}、（）\\s]{2,40}") ? t : null;
    }

    private static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.strip().split("[、，,；;\\s]+")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    private static String iso(String date) {
        return ChineseDates.parseWhole(date.replaceAll("\\s+", "")).map(DateParts::iso).orElse(null);
    }

    /**
     * The title, then the passages in reading order, each preceded by the headings (in reading order) up to its own
     * — also those with no passage of their own (附件1 above the attachment's title).
     */
    private static List<Unit> units(StructuredDocument document) {
        List<Unit> out = new ArrayList<>();
        if (document.metadata() != null && document.metadata().title() != null) {
            out.add(new Unit(document.metadata().title().strip(), -1, 1, true));
        }
        List<Heading> headings = document.headings();
        int next = 0;
        for (Passage p : document.passages()) {
            int at = -1;
            if (p.heading().isPresent()) {
                for (int i = next; i < headings.size() && at < 0; i++) {
                    at = headings.get(i).equals(p.heading().get()) ? i : -1;
                }
            }
            for (int i = next; i <= at; i++) {
                out.add(new Unit(headings.get(i).text().strip(), p.ordinal(), p.pageStart(), true));
            }
            next = Math.max(next, at + 1);
            out.add(new Unit(p.text().strip(), p.ordinal(), p.pageStart(), false));
        }
        return out;
    }
}
