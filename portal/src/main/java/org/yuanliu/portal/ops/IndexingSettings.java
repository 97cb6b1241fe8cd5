package org.yuanliu.portal.ops;

import java.nio.file.Path;

import org.yuanliu.indexer.corpus.CorpusRoots;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * What the portal indexes and where it keeps its indexing state ({@code yuanliu.indexing.*}).
 *
 * @param onStart     index the sample corpus in the background when the portal starts (unchanged files are skipped)
 * @param samples     the sample corpus directory
 * @param uploads     where PDFs uploaded by the admin are kept (a rebuild re-reads them from here)
 * @param reports     where finished indexing reports are kept as JSON
 * @param keepReports how many reports are kept
 * @param threads     files parsed in parallel
 * @param replicas    number of replicas set on the indices (an external cluster with several nodes); blank: as in
 *                    the index definitions (0)
 */
@ConfigurationProperties("yuanliu.indexing")
public record IndexingSettings(
        @Bindable(defaultValue = "true") boolean onStart,
        @Bindable(defaultValue = "samples") Path samples,
        @Bindable(defaultValue = "data/uploads") Path uploads,
        @Bindable(defaultValue = "data/reports") Path reports,
        @Bindable(defaultValue = "50") int keepReports,
        @Bindable(defaultValue = "1") int threads,
        @Nullable String replicas) {

    /** The registered directories document locations are relative to (the portal and the indexer's defaults agree). */
    public CorpusRoots roots() {
        return new CorpusRoots(samples, uploads);
    }

    /** The configured replica count, if any. */
    public java.util.OptionalInt replicaCount() {
        return org.yuanliu.indexer.index.IndexSchema.replicas(replicas, "yuanliu.indexing.replicas (YUANLIU_INDEX_REPLICAS)");
    }
}
