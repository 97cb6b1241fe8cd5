package org.yuanliu.ik;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/** Registers {@code ik_smart} and {@code ik_max_word} as both tokenizers and analyzers. */
public class IkAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new HashMap<>();
        for (IkMode mode : IkMode.values()) {
            tokenizers.put(mode.registeredName(),
                    (indexSettings, environment, name, settings) ->
                            TokenizerFactory.newFactory(name, () -> IkTokenizers.create(mode)));
        }
        return tokenizers;
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new HashMap<>();
        for (IkMode mode : IkMode.values()) {
            analyzers.put(mode.registeredName(),
                    (indexSettings, environment, name, settings) -> new IkAnalyzerProvider(name, settings, mode));
        }
        return analyzers;
    }
}
