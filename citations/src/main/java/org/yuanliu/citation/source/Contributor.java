package org.yuanliu.citation.source;

import java.util.Objects;

/**
 * A person or body responsible for a work.
 *
 * @param name    the name as printed (白春礼, 中共中央文献研究室, Krippendorff K); Chinese names are never split
 * @param role    author, editor or translator
 * @param implied true when the citation does not print the name but the title gives it (毛泽东 of 《毛泽东文集》,
 *                国务院 of 《国务院关于…的通知》)
 */
public record Contributor(String name, ContributorRole role, boolean implied) {

    public Contributor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public Contributor(String name, ContributorRole role) {
        this(name, role, false);
    }

    public static Contributor author(String name) {
        return new Contributor(name, ContributorRole.AUTHOR);
    }
}
