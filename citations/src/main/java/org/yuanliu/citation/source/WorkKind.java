package org.yuanliu.citation.source;

import java.util.EnumSet;
import java.util.Set;

/** What kind of work a citation points to; decides the GB/T 7714 type code and export entry types. */
public enum WorkKind {
    BOOK,
    JOURNAL_ARTICLE,
    NEWSPAPER_ARTICLE,
    WEB_PAGE,
    /** 在…上的讲话, 致辞, 演讲. */
    SPEECH,
    /** A congress or government work report, a communiqué (报告, 公报), wherever it was printed. */
    REPORT,
    /** 文选, 文集, 选集, 全集, 年谱, 文献选编: a leader's or an institution's collected texts. */
    COLLECTED_WORKS,
    ARCHIVE,
    /** A statute (…法). */
    LAW,
    /** 条例, 规定, 办法, 细则. */
    REGULATION,
    /** 规划, 纲要, 计划, 方案. */
    PLAN,
    /** 决定, 决议. */
    DECISION,
    /** 通知, 通告, 公告. */
    NOTICE,
    /** 意见, 若干意见, 指导意见. */
    OPINION,
    WHITE_PAPER,
    /** 协定, 协议, 条约: between governments or bodies. */
    AGREEMENT,
    /** A dissertation or thesis ([D]). */
    THESIS,
    /** A paper in conference proceedings ([C], or [A] in a [C] collection). */
    CONFERENCE_PAPER,
    /** A standard (GB/T 16159-1996, [S]). */
    STANDARD,
    /** A patent ([P]). */
    PATENT,
    OTHER;

    private static final Set<WorkKind> POLICIES = EnumSet.of(LAW, REGULATION, PLAN, DECISION, NOTICE, OPINION,
            WHITE_PAPER);

    /** An official document of a state or party organ, whose issuer is its author. */
    public boolean isPolicy() {
        return POLICIES.contains(this);
    }
}
