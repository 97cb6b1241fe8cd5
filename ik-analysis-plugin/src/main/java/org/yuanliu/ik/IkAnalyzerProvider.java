package org.yuanliu.ik;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;

/** Hands the node one shared {@link IkAnalyzer} per index and mode. */
final class IkAnalyzerProvider extends AbstractIndexAnalyzerProvider<IkAnalyzer> {
    private final IkAnalyzer analyzer;

    IkAnalyzerProvider(String name, Settings settings, IkMode mode) {
        super(name, settings);
        this.analyzer = new IkAnalyzer(mode);
    }

    @Override
    public IkAnalyzer get() {
        return analyzer;
    }
}
