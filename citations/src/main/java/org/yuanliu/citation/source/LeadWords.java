package org.yuanliu.citation.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The word that introduces a citation: 参见, 见, 转引自, 详见, 引自, 另见, 参阅, 可参见, 数据来源, cf. */
final class LeadWords {

    private static final Pattern LEAD = Pattern.compile(
            "^(?:可|均|另|又|亦)?(转引自|参见|详见|参阅|参看|引自|数据来源|资料来源|来源|见|See also|See|Cf\\.|cf\\.)[：:\\s]*");

    record Split(String lead, String rest) {
    }

    private LeadWords() {
    }

    /** The lead word (without 可/均 prefixes kept) and the text after it; lead is null when there is none. */
    static Split split(String text) {
        Matcher m = LEAD.matcher(text);
        if (m.find()) {
            String word = text.substring(0, m.end()).replaceAll("[：:\\s]+$", "");
            return new Split(word, text.substring(m.end()));
        }
        return new Split(null, text);
    }

    static boolean startsWithLead(String text) {
        return LEAD.matcher(text).find();
    }
}
