package org.yuanliu.facet;

import java.util.List;

/**
 * A form as stored in the trie: which taxonomy values it names and how far it can be trusted.
 *
 * @param taxonomy taxonomy name
 * @param ids      values named (several for combinations such as 中西方)
 * @param strength how the form competes with overlapping forms and whether it needs context
 * @param form     the form as written in the taxonomy (case kept for Latin forms)
 */
record SurfaceForm(String taxonomy, List<String> ids, Strength strength, String form) {

    enum Strength {
        /** Ambiguous abbreviation (美, 苏, 十五): kept only when its context confirms it. */
        SHORT,
        /** Name or alias. */
        NAME,
        /** Blocking compound: not a name, but hides the names inside it. */
        BLOCK
    }

    SurfaceForm {
        ids = List.copyOf(ids);
    }
}
