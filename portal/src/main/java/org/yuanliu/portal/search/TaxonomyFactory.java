package org.yuanliu.portal.search;

import org.yuanliu.facet.QueryExpansion;
import org.yuanliu.facet.Taxonomies;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The taxonomies packaged with the application (mappings/taxonomy/*.yaml) and the query expansion built on them. */
@Factory
public class TaxonomyFactory {

    @Singleton
    Taxonomies taxonomies() {
        return Taxonomies.loadDefault();
    }

    @Singleton
    QueryExpansion queryExpansion(Taxonomies taxonomies) {
        return new QueryExpansion(taxonomies);
    }
}
