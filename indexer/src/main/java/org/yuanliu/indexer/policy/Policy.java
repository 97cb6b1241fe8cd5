package org.yuanliu.indexer.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yuanliu.citation.source.WorkKind;

/**
 * What a policy document states about itself, read from the elements of the official-document format (GB/T 9704:
 * 发文机关标志, 发文字号, 主送机关, 发文机关署名, 成文日期, 版记 with 抄送 and 印发) or from a law's promulgation line.
 * Dates are ISO 8601 at the precision printed.
 *
 * @param type        notice, opinion, decision, plan, regulation, law, report, white paper …
 * @param issuers     the issuing bodies, in printed order
 * @param number      发文字号 (国发〔2016〕43号) or 令 number (国务院令第709号)
 * @param addressees  主送机关, as printed without the closing colon
 * @param dateWritten 成文日期
 * @param dateIssued  印发日期 or the date it was promulgated (公布)
 * @param dateInForce the date from which it applies (自…起施行)
 * @param copiedTo    抄送 bodies
 * @param attachments 附件 with their titles and the passage each starts at
 * @param articles    article number (第十条) of each passage inside an article, by passage ordinal
 */
public record Policy(WorkKind type, List<String> issuers, Optional<String> number, Optional<String> addressees,
                     Optional<String> dateWritten, Optional<String> dateIssued, Optional<String> dateInForce,
                     List<String> copiedTo, List<Attachment> attachments, Map<Integer, String> articles) {

    public Policy {
        issuers = List.copyOf(issuers);
        copiedTo = List.copyOf(copiedTo);
        attachments = List.copyOf(attachments);
        articles = Map.copyOf(articles);
    }

    /** A 附件 of the document: a sub-document starting at a passage. */
    public record Attachment(String label, String title, int passage) {
    }

    /** The year issued: of the issue date, else of the date written. */
    public Optional<Integer> yearIssued() {
        return dateIssued.or(() -> dateWritten).map(d -> Integer.valueOf(d.substring(0, 4)));
    }
}
