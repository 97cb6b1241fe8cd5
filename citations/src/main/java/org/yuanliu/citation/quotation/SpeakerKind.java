package org.yuanliu.citation.quotation;

/** Who a quotation's speaker is: a person, a body (党中央, 铁道部, 全会), or a document (党的二十大报告, 《…纲要》). */
public enum SpeakerKind {
    PERSON,
    INSTITUTION,
    DOCUMENT
}
