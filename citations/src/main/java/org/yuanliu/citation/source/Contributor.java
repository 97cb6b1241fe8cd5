package org.yuanliu.citation.source;

import java.util.Objects;

/**
 * A person or body responsible for a work.
 *
 * @param name the name as printed (白春礼, 中共中央文献研究室, Krippendorff K); Chinese names are never split
 * @param role author, editor or translator
 */
public record Contributor(String name, ContributorRole role) {

    public Contributor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public static Contributor author(String name) {
        return new Contributor(name, ContributorRole.AUTHOR);
    }
}
