package org.yuanliu.facet;

/** One tagger over the packaged taxonomies, shared by the tests (building it compiles the tries once). */
final class Fixtures {

    static final Taxonomies TAXONOMIES = Taxonomies.loadDefault();
    static final PassageTagger TAGGER = new PassageTagger(TAXONOMIES);

    private Fixtures() {
    }

    static FacetTags tag(String text) {
        return TAGGER.tag(text, TagContext.NONE);
    }
}
