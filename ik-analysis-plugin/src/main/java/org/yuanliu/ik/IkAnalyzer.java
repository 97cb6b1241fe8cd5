package org.yuanliu.ik;

import org.apache.lucene.analysis.Analyzer;

/** An analyzer made of a single IK tokenizer in the given mode. */
public final class IkAnalyzer extends Analyzer {
    private final IkMode mode;

    public IkAnalyzer(IkMode mode) {
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(IkTokenizers.create(mode));
    }
}
