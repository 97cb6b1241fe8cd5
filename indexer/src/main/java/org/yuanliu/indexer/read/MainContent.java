package org.yuanliu.indexer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The main content of a web page (a government notice, a news release) without the navigation, menus, link lists
 * and footers around it, decided by the evidence text density gives: every paragraph of running text (long, with
 * sentence punctuation, few links) scores for the element holding it and, half as much, for that element's parent;
 * the best-scoring element, weighed by how little of its text is links, is the content. A page with no such text
 * (a list of links, a short page) is kept whole. The result is HTML again, for the same parser as before.
 */
final class MainContent {
    private static final int MIN_PARAGRAPH = 20;
    private static final String PARAGRAPHS = "p, td, pre, li, div:not(:has(div, p, td, li, table))";
    private static final String CLAUSE_MARKS = "，。；：！？,.;:!?、";

    private MainContent() {
    }

    /** The page (parsed with its declared charset) reduced to its title and main content, as UTF-8 HTML. */
    static String of(Path file) throws IOException {
        return of(Jsoup.parse(file.toFile(), null));
    }

    /** The page reduced to its title and main content; the page itself when no part of it is running text. */
    static String of(Document page) {
        page.select("script, style, noscript, template, nav, header, footer, aside, form, iframe").remove();
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : page.body().select(PARAGRAPHS)) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + clauses(text) + Math.min(text.length() / 100.0, 3);
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null) {
                scores.merge(parent.parent(), score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            double score = candidate.getValue() * (1 - linkDensity(candidate.getKey()));
            if (score > bestScore) {
                best = candidate.getKey();
                bestScore = score;
            }
        }
        if (best == null || best == page.body() || bestScore < 5) {
            return page.outerHtml();
        }
        return "<html><head><meta charset=\"utf-8\"><title>" + Entities.escape(page.title()) + "</title></head><body>"
                + heading(best).map(Element::outerHtml).orElse("") + best.outerHtml() + "</body></html>";
    }

    /** The article's heading when it stands just before the content rather than in it (a page title bar). */
    private static Optional<Element> heading(Element content) {
        if (!content.select("h1, h2, h3").isEmpty()) {
            return Optional.empty();
        }
        Element level = content;
        for (int up = 0; up < 3 && level != null; up++, level = level.parent()) {
            for (Element sibling = level.previousElementSibling(); sibling != null;
                 sibling = sibling.previousElementSibling()) {
                Element found = sibling.is("h1, h2, h3") ? sibling : sibling.selectFirst("h1, h2, h3");
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    private static int clauses(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static double linkDensity(Element element) {
        int all = element.text().length();
        if (all == 0) {
            return 1;
        }
        int links = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1, (double) links / all);
    }
}
