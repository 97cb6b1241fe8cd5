package org.yuanliu.portal.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.yuanliu.facet.QueryExpansion;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import jakarta.inject.Singleton;

/**
 * What a term of the query box is searched as. A word that names a taxonomy value is widened to the value's
 * Chinese forms (USSR, 苏维埃, 蘇聯 → 苏联 …; 十三五 → 第十三个五年规划 …); traditional characters are converted to
 * simplified, since the corpus is simplified. A phrase stays exact, only converted to simplified characters.
 */
@Singleton
public final class QueryForms {
    private final QueryExpansion expansion;

    public QueryForms(QueryExpansion expansion) {
        this.expansion = expansion;
    }

    public List<String> forms(QueryText.Term term) {
        if (!term.phrase()) {
            List<String> forms = expansion.expand(term.text());
            return forms.isEmpty() ? List.of(term.text()) : forms;
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(ZhConverterUtil.toSimple(term.text()));
        forms.add(term.text());
        return List.copyOf(forms);
    }
}
