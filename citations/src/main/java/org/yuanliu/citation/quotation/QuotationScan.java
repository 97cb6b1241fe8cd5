package org.yuanliu.citation.quotation;

import java.util.List;

/**
 * What one paragraph quotes.
 *
 * @param quotations  quotations in order of appearance
 * @param terms       scare-quoted terms in order of appearance
 * @param lastSpeaker the last person named in the paragraph (or the previous paragraph's, if none): pass it as
 *                    {@code previousSpeaker} for the next paragraph so that its 他指出 can be resolved; null if none
 */
public record QuotationScan(List<Quotation> quotations, List<QuotedTerm> terms, String lastSpeaker) {

    public QuotationScan {
        quotations = List.copyOf(quotations);
        terms = List.copyOf(terms);
    }
}
