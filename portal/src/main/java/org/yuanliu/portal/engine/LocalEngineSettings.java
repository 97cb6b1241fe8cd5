package org.yuanliu.portal.engine;

import java.nio.file.Path;

import org.yuanliu.engine.EngineSettings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The local node ({@code yuanliu.engine.*}), used only when no external cluster is configured. The names are the
 * launcher's own (see {@link EngineSettings}), so {@code bin/run} and the standalone launcher share one data dir.
 *
 * @param home         the node's distribution, config, data and logs
 * @param port         loopback HTTP port; 0 picks a free one
 * @param heap         JVM heap of the node
 * @param account      unprivileged account the node runs as when the portal runs as root
 * @param distribution Elasticsearch distribution zip; blank: the one Maven resolved
 */
@ConfigurationProperties("yuanliu.engine")
public record LocalEngineSettings(
        @Bindable(defaultValue = "data/engine") Path home,
        @Bindable(defaultValue = "9200") int port,
        @Bindable(defaultValue = "512m") String heap,
        @Bindable(defaultValue = "yuanliu-es") String account,
        @Nullable String distribution) {

    /** The launcher's settings; the distribution defaults to the launcher's own default. */
    public EngineSettings toLauncherSettings() {
        EngineSettings defaults = EngineSettings.fromEnvironment();
        Path zip = org.yuanliu.portal.engine.EngineSettings.nonBlank(distribution).map(Path::of)
                .orElse(defaults.distributionZip());
        return new EngineSettings(home, port, heap, zip, account);
    }
}
