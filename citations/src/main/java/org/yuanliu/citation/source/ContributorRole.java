package org.yuanliu.citation.source;

/** The part a person or body played: 著 (author), 主编/编 (editor), 译 (translator). */
public enum ContributorRole {
    AUTHOR,
    EDITOR,
    TRANSLATOR
}
