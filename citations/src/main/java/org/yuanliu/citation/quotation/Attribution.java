package org.yuanliu.citation.quotation;

/** How a quotation's speaker was found. */
public enum Attribution {
    /** A name stands before the speech verb: 毛泽东指出：“…” */
    NAMED,
    /** 他/她 before the verb, resolved to the nearest person named earlier (or in the previous paragraph). */
    PRONOUN,
    /** A second quotation in the same sentence without its own subject: 他提出“…”，强调“…” */
    CONTINUED,
    /** No speaker is stated. */
    NONE
}
