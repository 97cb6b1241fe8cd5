package org.yuanliu.portal.matrix;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yuanliu.portal.search.FacetField;
import org.yuanliu.portal.search.FacetSelection;
import org.yuanliu.portal.search.PassageQuery;
import org.yuanliu.portal.search.QueryText;
import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.RequestParameters;

/** A matrix as the URL states it: the view, and the query box and filters of the passage search it counts. */
public record MatrixQuery(MatrixView view, QueryText text, FacetSelection selection, String lang) {
    public static final Set<String> PARAMETERS = Stream.concat(PassageQuery.FACETS.stream().map(FacetField::param),
            Stream.of("view", "q", "from", "to", "lang")).collect(Collectors.toUnmodifiableSet());

    public static MatrixQuery from(RequestParameters parameters) {
        return new MatrixQuery(MatrixView.of(parameters.single("view").orElse(MatrixView.THEME_PLAN.id())),
                QueryText.from(parameters), FacetSelection.from(parameters, PassageQuery.FACETS, PassageQuery.YEAR_FIELD),
                parameters.choice("lang", Labels.DEFAULT, Labels.LANGUAGES));
    }
}
