package org.yuanliu.citation.source;

/** What kind of work a citation points to; decides the GB/T 7714 type code and export entry types. */
public enum WorkKind {
    BOOK,
    JOURNAL_ARTICLE,
    NEWSPAPER_ARTICLE,
    WEB_PAGE,
    SPEECH_OR_REPORT,
    /** 文选, 文集, 选集, 全集, 年谱, 文献选编: a leader's or an institution's collected texts. */
    COLLECTED_WORKS,
    ARCHIVE,
    OTHER
}
