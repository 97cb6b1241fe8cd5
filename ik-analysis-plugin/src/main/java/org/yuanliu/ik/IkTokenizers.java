package org.yuanliu.ik;

import org.apache.lucene.analysis.Tokenizer;
import org.wltea.analyzer.dic.Dictionary;
import org.wltea.analyzer.lucene.IKTokenizer;

/**
 * Creates IK tokenizers. IK's {@link Dictionary} is a JVM-wide singleton that keeps the first
 * configuration it is given, so it is initialised exactly once, here, with the domain dictionary.
 */
public final class IkTokenizers {
    private static final Object LOCK = new Object();
    private static volatile boolean initialised;

    private IkTokenizers() {
    }

    public static Tokenizer create(IkMode mode) {
        DomainDictionaryConfiguration configuration = new DomainDictionaryConfiguration(mode);
        ensureDictionary(configuration);
        return new IKTokenizer(configuration);
    }

    private static void ensureDictionary(DomainDictionaryConfiguration configuration) {
        if (!initialised) {
            synchronized (LOCK) {
                if (!initialised) {
                    Dictionary.initial(configuration);
                    initialised = true;
                }
            }
        }
    }
}
