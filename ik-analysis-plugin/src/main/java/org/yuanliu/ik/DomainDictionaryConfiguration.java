package org.yuanliu.ik;

import java.util.List;

import org.wltea.analyzer.cfg.Configuration;

/**
 * IK configuration that adds the project's domain dictionary and stopword list to IK's own.
 * All paths are classpath resources of this plugin, so the node needs no file permissions for them.
 */
final class DomainDictionaryConfiguration implements Configuration {
    static final String DOMAIN_DICTIONARY = "yuanliu/dictionary/domain.dic";
    static final String DOMAIN_STOPWORDS = "yuanliu/dictionary/stopwords.dic";

    private boolean useSmart;

    DomainDictionaryConfiguration(IkMode mode) {
        this.useSmart = mode.useSmart();
    }

    @Override
    public boolean useSmart() {
        return useSmart;
    }

    @Override
    public void setUseSmart(boolean useSmart) {
        this.useSmart = useSmart;
    }

    @Override
    public String getMainDictionary() {
        return "org/wltea/analyzer/dic/main2012.dic";
    }

    @Override
    public String getQuantifierDicionary() {
        return "org/wltea/analyzer/dic/quantifier.dic";
    }

    @Override
    public List<String> getExtDictionarys() {
        return List.of(DOMAIN_DICTIONARY);
    }

    @Override
    public List<String> getExtStopWordDictionarys() {
        return List.of("org/wltea/analyzer/dic/stopword.dic", DOMAIN_STOPWORDS);
    }
}
