package org.yuanliu.portal;

import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.IndexedSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.index.IndexKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON API on the sample PDFs as the indexer indexed them. Every expectation can be checked in the PDFs:
 * party-history-2024 (党史研究 2024, printed pages 85–102) and cas-2020 (中国科学院院刊 2020, printed pages 612–618).
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {
    static final String PARTY_HISTORY = "新中国对外科技合作交流的发展历程、基本经验与现实启示";
    static final String CAS = "我国国际科技合作政策演进研究及对新时期政策布局的思考";
    static final String WENXUAN_2 = "邓小平文选||2|1994";
    private TestPortal portal;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexedSamples samples) {
        portal = TestPortal.start(node.engine().url(), samples.prefix());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    static Map<String, Long> facet(JsonNode results, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        results.get("facets").forEach(f -> {
            if (f.get("name").asText().equals(name) && f.has("values")) {
                f.get("values").forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
            }
        });
        return counts;
    }

    static Map<String, String> labels(JsonNode results, String name) {
        Map<String, String> labels = new LinkedHashMap<>();
        results.get("facets").forEach(f -> {
            if (f.get("name").asText().equals(name) && f.has("values")) {
                f.get("values").forEach(v -> labels.put(v.get("value").asText(), v.path("label").asText(null)));
            }
        });
        return labels;
    }

    private String documentId(String title) {
        for (JsonNode d : portal.json("/api/documents").get("documents")) {
            if (d.get("title").asText().equals(title)) {
                return d.get("id").asText();
            }
        }
        throw new AssertionError("no document " + title);
    }

    @Test
    void everyPassageCitingDengXiaopingsSelectedWorksIsFoundByTheTitleAndThroughItsSource() {
        // typed into the query box: the passages whose footnotes cite the work
        JsonNode found = portal.json("/api/search?q=" + q("邓小平文选"));
        List<String> cited = new ArrayList<>();
        found.get("hits").forEach(h -> h.path("footnotes").forEach(n -> n.path("sourceIds").forEach(s -> cited.add(s.asText()))));
        assertThat(cited).contains(WENXUAN_2, "邓小平文选||3|1993");

        // the citation index: both volumes, volume 2 cited three times on page 4 (printed 88) at ④⑤⑥, pages 87, 91, 91
        JsonNode sources = portal.json("/api/sources?q=" + q("邓小平文选"));
        assertThat(ids(sources, "sources"))
                .contains(WENXUAN_2, "邓小平文选||3|1993");
        JsonNode volumeTwo = portal.json("/api/sources/" + q(WENXUAN_2));
        assertThat(volumeTwo.get("source").get("citationCount").asInt()).isEqualTo(3);
        List<String> markers = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (JsonNode c : volumeTwo.get("citedBy")) {
            assertThat(c.get("documentTitle").asText()).isEqualTo(PARTY_HISTORY);
            assertThat(c.get("page").asInt()).isEqualTo(4);
            assertThat(c.get("passageText").asText()).contains("独立自主不是闭关自守");
            markers.add(c.get("marker").asText());
            pages.add(c.get("citedPages").get(0).asText());
        }
        assertThat(markers).containsExactly("④", "⑤", "⑥");
        assertThat(pages).containsExactly("87", "91", "91");
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.get(field).forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    @Test
    void theQuotationOfDengXiaopingWithSpeakerPageAndSource() {
        JsonNode results = portal.json("/api/quotations?q=" + q("\"独立自主不是闭关自守\""));
        assertThat(results.get("hits")).hasSize(1);
        JsonNode group = results.get("hits").get(0);
        assertThat(group.get("textHtml").asText()).contains("<mark>独立自主不是闭关自守</mark>");
        JsonNode place = group.get("occurrences").get(0);
        assertThat(place.get("speaker").get(0).asText()).isEqualTo("邓小平");
        assertThat(place.get("date").asText()).isEqualTo("1978-03");
        assertThat(place.get("page").asInt()).isEqualTo(4);
        assertThat(place.get("printedPage").asText()).isEqualTo("88");
        assertThat(place.get("footnoteMarker").asText()).isEqualTo("⑤");
        assertThat(place.get("documentTitle").asText()).isEqualTo(PARTY_HISTORY);
        assertThat(place.get("sourceIds").get(0).asText()).isEqualTo(WENXUAN_2);
        assertThat(place.get("sourced").asBoolean()).isTrue();
    }

    @Test
    void quotationsAreGroupedAndFacetedBySpeakerYearAndSource() {
        JsonNode all = portal.json("/api/quotations?size=50");
        assertThat(all.get("groups").asLong()).isLessThan(all.get("total").asLong());
        // “自力更生为主，争取外援为辅” is quoted in the abstract (page 1) and again on page 2: one group, two places
        JsonNode selfReliance = portal.json("/api/quotations?q=" + q("\"自力更生为主，争取外援为辅\""));
        assertThat(selfReliance.get("hits")).hasSize(1);
        List<Integer> pages = new ArrayList<>();
        selfReliance.get("hits").get(0).get("occurrences").forEach(o -> pages.add(o.get("page").asInt()));
        assertThat(pages).contains(1, 2);

        assertThat(facet(all, "speaker")).containsKeys("邓小平", "毛泽东", "聂荣臻");
        assertThat(facet(all, "sourced")).containsKeys("true", "false");
        JsonNode deng = portal.json("/api/quotations?speaker=" + q("邓小平") + "&year=1978");
        deng.get("hits").forEach(g -> g.get("occurrences").forEach(o -> {
            if (o.get("year").asInt() == 1978) {
                assertThat(o.get("speaker").toString()).contains("邓小平");
            }
        }));
        JsonNode unsourced = portal.json("/api/quotations?sourced=false&size=50");
        unsourced.get("hits").forEach(g -> assertThat(g.get("occurrences").toString()).contains("\"sourced\":false"));
    }

    @Test
    void sentenceSearchFindsTheWordsOnlyWhereOneSentenceHoldsThemAll() {
        // 毛泽东 and 自力更生 share passages but never a sentence; 毛泽东 and 苏联 share one sentence
        assertThat(portal.json("/api/search?q=" + q("毛泽东 自力更生")).get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(portal.json("/api/search?within=sentence&q=" + q("毛泽东 自力更生")).get("total").asInt()).isZero();
        JsonNode together = portal.json("/api/search?within=sentence&q=" + q("毛泽东 苏联"));
        assertThat(together.get("total").asInt()).isPositive()
                .isLessThan(portal.json("/api/search?q=" + q("毛泽东 苏联")).get("total").asInt());
        together.get("hits").forEach(h -> assertThat(h.get("text").asText().split("[。！？；]"))
                .anySatisfy(s -> assertThat(s).contains("毛泽东").contains("苏联")));
        assertThat(portal.get("/api/search?within=clause&q=x").statusCode()).isEqualTo(400);
    }

    @Test
    void suggestionsWhileTypingOfferSpeakersWorksAndTitles() {
        JsonNode deng = portal.json("/api/suggest?q=" + q("邓")).get("suggestions");
        List<String> speakers = new ArrayList<>();
        deng.get("speakers").forEach(s -> speakers.add(s.get("value").asText()));
        assertThat(speakers).contains("邓小平");
        JsonNode works = portal.json("/api/suggest?q=" + q("文选")).get("suggestions").get("sources");
        assertThat(works.toString()).contains("邓小平文选");
        // contained, not only leading: 二十大 finds the report that speaks
        assertThat(portal.json("/api/suggest?q=" + q("二十大")).get("suggestions").get("speakers").toString())
                .contains("党的二十大报告");
        assertThat(portal.get("/api/suggest?q=" + q("x".repeat(51))).statusCode()).isEqualTo(400);
    }

    @Test
    void theQuotationSearchBoxFindsASpeakersWordsByTheSpeakersName() {
        JsonNode deng = portal.json("/api/quotations?q=" + q("邓小平") + "&size=50");
        List<String> speakers = new ArrayList<>();
        deng.get("hits").forEach(g -> g.get("occurrences").forEach(o -> o.get("speaker").forEach(s -> speakers.add(s.asText()))));
        assertThat(speakers).contains("邓小平");
        assertThat(deng.toString()).contains("独立自主不是闭关自守");
        // a document is a speaker too, found by its name and marked as a document
        JsonNode report = portal.json("/api/quotations?q=" + q("二十大报告") + "&size=50");
        List<String> kinds = new ArrayList<>();
        report.get("hits").forEach(g -> g.get("occurrences").forEach(o -> {
            if (o.get("speaker").toString().contains("党的二十大报告")) {
                kinds.add(o.get("speakerKind").asText());
            }
        }));
        assertThat(kinds).isNotEmpty().containsOnly("document");
    }

    @Test
    void passagesAboutTheUssrFrom1949To1977ExplainWhyTheyAreTagged() {
        JsonNode results = portal.json("/api/search?country=SU&stage=1949-1977&size=50");
        assertThat(results.get("total").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(labels(results, "country")).containsEntry("SU", "苏联");
        assertThat(labels(results, "stage")).containsEntry("1949-1977", "新中国成立至改革开放前（1949—1977）");
        for (JsonNode hit : results.get("hits")) {
            JsonNode soviet = null;
            for (JsonNode tag : hit.get("tags")) {
                if (tag.get("facet").asText().equals("country") && tag.get("value").asText().equals("SU")) {
                    soviet = tag;
                }
            }
            assertThat(soviet).as(hit.get("id").asText()).isNotNull();
            assertThat(soviet.get("label").asText()).isEqualTo("苏联");
            // the evidence is words of the passage itself: 苏联, or 苏 in 中苏 / 苏方 …
            JsonNode first = soviet.get("evidence").get(0);
            String text = hit.get("text").asText();
            assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt()))
                    .isEqualTo(first.get("text").asText()).contains("苏");
        }
        // the 1956 agreement with the USSR (cas-2020, page 1) and 聂荣臻 on Soviet aid (party history, page 3)
        List<String> texts = new ArrayList<>();
        results.get("hits").forEach(h -> texts.add(h.get("text").asText()));
        assertThat(texts).anyMatch(t -> t.contains("捷克斯洛伐克")).anyMatch(t -> t.contains("聂荣臻"));
    }

    @Test
    void facetLabelsComeFromTheTaxonomiesInTheVisitorsLanguage() {
        JsonNode english = portal.json("/api/search?country=SU&lang=en");
        assertThat(labels(english, "country")).containsEntry("SU", "Soviet Union");
        assertThat(labels(english, "stage")).containsEntry("1949-1977", "Founding of the PRC to reform and opening-up (1949–1977)");
        assertThat(english.get("hits").get(0).get("tags").toString()).contains("Soviet Union");
        assertThat(labels(portal.json("/api/search?q=" + q("十三五")), "plan_named")).containsEntry("fyp13", "“十三五”规划");
    }

    @Test
    void namesOfTheUssrInEnglishTraditionalOrInFullFindTheSamePassagesAsSulian() {
        List<String> sulian = ids(portal.json("/api/search?size=50&q=" + q("苏联")));
        assertThat(sulian).isNotEmpty();
        for (String name : List.of("USSR", "苏维埃", "蘇聯", "前苏联")) {
            JsonNode results = portal.json("/api/search?size=50&q=" + q(name));
            assertThat(ids(results)).as(name).containsExactlyInAnyOrderElementsOf(sulian);
        }
        assertThat(portal.json("/api/search?q=USSR").get("hits").get(0).get("snippetHtml").asText()).contains("<mark>苏");
    }

    @Test
    void aPlanNamedInFullFindsItsAbbreviation() {
        // the CAS article writes “十三五” only; the full name of the plan finds those passages
        List<String> abbreviated = ids(portal.json("/api/search?size=50&q=" + q("十三五")));
        assertThat(abbreviated).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ids(portal.json("/api/search?size=50&q=" + q("第十三个五年规划")))).containsExactlyInAnyOrderElementsOf(abbreviated);
        assertThat(ids(portal.json("/api/search?size=50&q=" + q("十三五规划")))).containsAll(abbreviated.subList(0, 3));
    }

    @Test
    void aPhraseFindsTheExactWordsAndNotTheSameWordsReordered() {
        JsonNode exact = portal.json("/api/search?q=" + q("\"独立自主不是闭关自守\""));
        assertThat(exact.get("total").asInt()).isEqualTo(1);
        assertThat(exact.get("hits").get(0).get("pageStart").asInt()).isEqualTo(4);
        assertThat(exact.get("hits").get(0).get("printedPage").asText()).isEqualTo("88");
        assertThat(portal.json("/api/search?q=" + q("“闭关自守不是独立自主”")).get("total").asInt()).isZero();
        // a phrase typed in traditional characters is converted
        assertThat(ids(portal.json("/api/search?q=" + q("\"獨立自主不是閉關自守\"")))).isEqualTo(ids(exact));
    }

    @Test
    void wordsAreAndedExclusionsRemoveAndOrWidens() {
        List<String> both = ids(portal.json("/api/search?size=50&q=" + q("苏联 捷克斯洛伐克")));
        List<String> soviet = ids(portal.json("/api/search?size=50&q=" + q("苏联")));
        assertThat(both).isNotEmpty().isSubsetOf(soviet);
        List<String> without = ids(portal.json("/api/search?size=50&q=" + q("苏联 -捷克斯洛伐克")));
        assertThat(without).doesNotContainAnyElementsOf(both).hasSize(soviet.size() - both.size());
        assertThat(ids(portal.json("/api/search?size=50&q=" + q("捷克斯洛伐克 OR 聂荣臻"))))
                .containsAll(ids(portal.json("/api/search?size=50&q=" + q("聂荣臻"))));
    }

    @Test
    void valuesOfOneFacetAreOredAndFacetsAreAnded() {
        long soviet = portal.json("/api/search?country=SU").get("total").asLong();
        long us = portal.json("/api/search?country=US").get("total").asLong();
        long either = portal.json("/api/search?country=SU&country=US").get("total").asLong();
        assertThat(either).isGreaterThan(Math.max(soviet, us)).isLessThanOrEqualTo(soviet + us);
        JsonNode narrowed = portal.json("/api/search?country=SU&country=US&document=" + documentId(CAS));
        assertThat(narrowed.get("total").asLong()).isLessThan(either);
        // the country facet is counted without its own selection, so another country can still be added
        assertThat(facet(portal.json("/api/search?country=SU"), "country")).containsKeys("US", "CN");
    }

    @Test
    void theTimelineCountsErasAndAnEraFilters() {
        JsonNode all = portal.json("/api/search?interval=10");
        List<Integer> starts = new ArrayList<>();
        all.get("timeline").forEach(bar -> starts.add(bar.get("from").asInt()));
        assertThat(starts).contains(1950, 1960, 1970, 2000, 2010);
        JsonNode fifties = portal.json("/api/search?from=1950&to=1959&interval=10");
        fifties.get("hits").forEach(h -> {
            List<Integer> years = new ArrayList<>();
            h.get("years").forEach(y -> years.add(y.asInt()));
            assertThat(years).anyMatch(y -> y >= 1950 && y <= 1959);
        });
        assertThat(fifties.get("timeline").size()).isEqualTo(all.get("timeline").size());
    }

    /**
     * The years a reader sees written in a text, found apart from the indexer: years in digits or Chinese numerals,
     * ranges of them, and decades (20 世纪 50 年代, 60 年代末至 70 年代 as all the decades from the first to the last).
     */
    static java.util.Set<Integer> writtenYears(String text) {
        String cn = "〇一二三四五六七八九";
        StringBuilder folded = new StringBuilder();
        for (char c : text.replaceAll("\\s+", "").replace('—', '-').replace('–', '-').replace('零', '〇').toCharArray()) {
            folded.append(cn.indexOf(c) >= 0 ? (char) ('0' + cn.indexOf(c)) : c);
        }
        String t = folded.toString();
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        var single = java.util.regex.Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)").matcher(t);
        while (single.find()) {
            years.add(Integer.parseInt(single.group(1)));
        }
        var range = java.util.regex.Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)年?(?:-|至|到)(1[89]\\d\\d|20\\d\\d)(?!\\d)").matcher(t);
        while (range.find()) {
            for (int y = Integer.parseInt(range.group(1)); y <= Integer.parseInt(range.group(2)); y++) {
                years.add(y);
            }
        }
        var decades = java.util.regex.Pattern.compile("(?:(20|21)世纪)?(\\d)0年代[初中末后前期]*(?:(?:至|到|-)(?:(20|21)世纪)?(\\d)0年代)?").matcher(t);
        while (decades.find()) {
            int century = "21".equals(decades.group(1)) ? 2000 : 1900;
            int first = century + 10 * Integer.parseInt(decades.group(2));
            int last = decades.group(4) == null ? first
                    : ("21".equals(decades.group(3)) ? 2000 : century) + 10 * Integer.parseInt(decades.group(4));
            for (int y = first; y <= last + 9; y++) {
                years.add(y);
            }
        }
        return years;
    }

    @Test
    void theDefaultTimelineShowsYearsWrittenInThePassagesAndImpliedOnesOnlyWhenAskedFor() {
        int shown = 0;
        int written = 0;
        JsonNode first = portal.json("/api/search?size=50");
        for (int page = 1; page <= first.get("lastPage").asInt(); page++) {
            for (JsonNode hit : portal.json("/api/search?size=50&page=" + page).get("hits")) {
                java.util.Set<Integer> inText = writtenYears(hit.path("text").asText(""));
                for (JsonNode year : hit.path("years")) {
                    shown++;
                    written += inText.contains(year.asInt()) ? 1 : 0;
                }
            }
        }
        assertThat(shown).isGreaterThan(100);
        assertThat((double) written / shown).as("share of timeline years written in their passages (%d of %d)", written, shown)
                .isGreaterThanOrEqualTo(0.9);

        // 新中国成立以来, 改革开放初期, 十五期间: implied years are a separate layer, off by default
        JsonNode plain = portal.json("/api/search?interval=10");
        JsonNode implied = portal.json("/api/search?interval=10&implied=on");
        assertThat(plain.get("timeline")).allMatch(bar -> bar.get("implied").asLong() == 0);
        assertThat(implied.get("timeline")).anyMatch(bar -> bar.get("implied").asLong() > bar.get("count").asLong());
        // an era filter with implied years also finds the passages that only imply it
        long early = portal.json("/api/search?from=1978&to=1985").get("total").asLong();
        assertThat(portal.json("/api/search?from=1978&to=1985&implied=on").get("total").asLong()).isGreaterThan(early);
        // the stage facet counts the eras passages are about; with implied years also those they touch
        assertThat(facet(implied, "stage").get("1978-1985")).isGreaterThan(facet(plain, "stage").get("1978-1985"));
        // a summary sentence (新中国成立以来…) is about no one era, and says which eras it only touches
        JsonNode summary = portal.json("/api/search?q=" + q("\"新中国成立以来\"") + "&size=50");
        assertThat(summary.get("hits")).anyMatch(h -> h.path("stageAlso").size() >= 2);
        assertThat(summary.get("hits")).allMatch(h -> h.path("stage").size() + h.path("stageAlso").size() <= 5);
    }

    @Test
    void aReadersListIsResolvedAndExportedAsOneFile() {
        String passage = ids(portal.json("/api/search?q=" + q("苏联") + "&size=1")).get(0);
        String items = "passage:" + passage + "\nsource:" + WENXUAN_2 + "\npassage:" + passage + "\npassage:no-such-passage";
        HttpResponse<String> shown = portal.post("/api/lists", "items=" + q(items));
        assertThat(shown.statusCode()).isEqualTo(200);
        JsonNode view = TestPortal.parse(shown.body());
        assertThat(view.get("items")).hasSize(2); // the repeat is dropped
        JsonNode hit = portal.json("/api/search?q=" + q("苏联") + "&size=1").get("hits").get(0);
        assertThat(view.get("items").get(0).get("citation").asText()).contains("[J]")
                .contains(hit.get("documentTitle").asText());
        assertThat(view.get("items").get(1).get("title").asText()).isEqualTo("邓小平文选");
        assertThat(view.get("missing")).hasSize(1);
        assertThat(view.get("missing").get(0).get("id").asText()).isEqualTo("no-such-passage");

        String gbt = portal.post("/api/lists/gbt7714", "items=" + q(items)).body();
        assertThat(gbt).startsWith("[1] ").contains("\n[2] ").doesNotContain("[3]");
        JsonNode csl = TestPortal.parse(portal.post("/api/lists/csl-json", "items=" + q(items)).body());
        assertThat(csl.isArray()).isTrue();
        assertThat(csl).hasSize(2);
        HttpResponse<String> csv = portal.post("/api/lists/csv", "items=" + q(items));
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("yuanliu-list.csv");
        assertThat(csv.body().split("\r\n")).hasSize(3);
        assertThat(portal.post("/api/lists/ris", "items=" + q(items)).body().split("ER  -")).hasSize(3);

        HttpResponse<String> bad = portal.post("/api/lists", "items=" + q("chapter:1"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'items'").contains("chapter:1").doesNotContain("Exception");
        assertThat(portal.post("/api/lists", "").body()).contains("'items' is missing");
        assertThat(portal.post("/api/lists/docx", "items=" + q(items)).statusCode()).isEqualTo(404);
    }

    @Test
    void hitsCarryDocumentPageSectionAndTheSourcesTheirNotesCite() {
        JsonNode hit = portal.json("/api/search?q=" + q("\"独立自主不是闭关自守\"")).get("hits").get(0);
        assertThat(hit.get("documentTitle").asText()).isEqualTo(PARTY_HISTORY);
        assertThat(hit.get("section").asText()).isNotBlank();
        // one note (page 4) serves the marks ④⑤⑥ and cites volume 2 of 邓小平文选
        JsonNode note = null;
        for (JsonNode n : hit.get("footnotes")) {
            if (n.get("markers").toString().equals("[\"④\",\"⑤\",\"⑥\"]")) {
                note = n;
            }
        }
        assertThat(note).isNotNull();
        assertThat(note.get("page").asInt()).isEqualTo(4);
        assertThat(note.get("sourceIds").get(0).asText()).isEqualTo(WENXUAN_2);
    }

    @Test
    void theEvolutionMatrixRebuildsTheThemesPerFiveYearPlanOfTheCasArticle() {
        JsonNode matrix = portal.json("/api/matrix");
        assertThat(matrix.get("view").asText()).isEqualTo("theme-plan");
        List<String> columns = new ArrayList<>();
        matrix.get("columns").forEach(c -> columns.add(c.get("value").asText()));
        // the CAS article's table 4: 十五, 十一五, 十二五, 十三五, in that order
        assertThat(columns).containsSubsequence("fyp10", "fyp11", "fyp12", "fyp13");
        List<String> labels = new ArrayList<>();
        matrix.get("columns").forEach(c -> labels.add(c.get("label").asText()));
        assertThat(labels).contains("“十五”计划", "“十三五”规划");
        int beltAndRoad = -1;
        for (int r = 0; r < matrix.get("rows").size(); r++) {
            if (matrix.get("rows").get(r).get("value").asText().equals("belt-and-road")) {
                beltAndRoad = r;
            }
        }
        assertThat(beltAndRoad).isNotNegative();
        JsonNode cell = matrix.get("cells").get(beltAndRoad).get(columns.indexOf("fyp13"));
        assertThat(cell.get("count").asInt()).isPositive();
        // the cell opens exactly the passages it counts
        String href = cell.get("href").asText();
        assertThat(href).startsWith("/search?").contains("theme=belt-and-road").contains("plan_named=fyp13");
        JsonNode passages = portal.json(href.replace("/search?", "/api/search?"));
        assertThat(passages.get("total").asInt()).isEqualTo(cell.get("count").asInt());

        JsonNode countryStage = portal.json("/api/matrix?view=country-stage");
        List<String> stages = new ArrayList<>();
        countryStage.get("columns").forEach(c -> stages.add(c.get("value").asText()));
        assertThat(stages).containsSubsequence("1949-1977", "1978-1985", "1986-2000", "2001-2011", "2012-");
        assertThat(portal.json("/api/matrix?view=theme-stage").get("rowFacet").asText()).isEqualTo("theme");
    }

    @Test
    void aPassageQuotationSourceAndDocumentAreCitedInGbt7714BibtexRisAndCslJson() {
        JsonNode source = portal.json("/api/cite/source/" + q(WENXUAN_2)).get("formats");
        assertThat(source.get("gbt7714").asText()).isEqualTo("邓小平. 邓小平文选: 第二卷[M]. 北京: 人民出版社, 1994: 87, 91.");
        assertThat(source.get("bibtex").asText()).startsWith("@book{").contains("title = {{邓小平文选}}").contains("volume = {第二卷}");
        assertThat(source.get("ris").asText()).startsWith("TY  - BOOK").contains("PB  - 人民出版社");
        assertThat(TestPortal.parse(source.get("csl-json").asText()).get("title").asText()).isEqualTo("邓小平文选");

        String quotationId = portal.json("/api/quotations?q=" + q("\"独立自主不是闭关自守\"")).get("hits").get(0).get("id").asText();
        JsonNode quotation = portal.json("/api/cite/quotation/" + q(quotationId)).get("formats");
        assertThat(quotation.get("gbt7714").asText()).contains(PARTY_HISTORY + "[J]. 党史研究, 2024").contains(": 88.");
        assertThat(quotation.get("bibtex").asText()).startsWith("@article{").contains("邓小平：“必须坚持独立自主");
        assertThat(quotation.get("ris").asText()).contains("TY  - JOUR").contains("SP  - 88");

        String passageId = portal.json("/api/search?q=" + q("\"独立自主不是闭关自守\"")).get("hits").get(0).get("id").asText();
        assertThat(portal.json("/api/cite/passage/" + passageId).get("formats").get("gbt7714").asText())
                .contains(PARTY_HISTORY).contains(": 88.");
        assertThat(portal.json("/api/cite/document/" + documentId(CAS)).get("formats").get("gbt7714").asText())
                .contains(CAS + "[J]. 中国科学院院刊, 2020");

        HttpResponse<String> file = portal.get("/api/cite/source/" + q(WENXUAN_2) + "/ris");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("content-disposition").orElse("")).startsWith("attachment;");
        assertThat(file.headers().firstValue("content-type").orElse("")).startsWith("application/x-research-info-systems");
        assertThat(portal.get("/api/cite/source/" + q(WENXUAN_2) + "/docx").statusCode()).isEqualTo(404);
        assertThat(portal.get("/api/cite/poem/x").statusCode()).isEqualTo(404);
    }

    @Test
    void aResultListExportsAsCsvWithOneRowPerHit() {
        HttpResponse<String> csv = portal.get("/api/search/csv?country=SU&stage=1949-1977");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("content-disposition").orElse("")).contains("yuanliu-passages.csv");
        String[] lines = csv.body().split("\r\n(?=\")");
        assertThat(lines[0]).startsWith("\uFEFF\"document\",\"year\",\"page\"");
        long total = portal.json("/api/search?country=SU&stage=1949-1977").get("total").asLong();
        assertThat(lines).hasSize((int) total + 1);
        assertThat(csv.body()).contains("\"苏联");
        HttpResponse<String> quotations = portal.get("/api/quotations/csv?q=" + q("\"独立自主不是闭关自守\""));
        assertThat(quotations.body()).contains("\"邓小平\"").contains("\"88\"").contains(WENXUAN_2);
    }

    @Test
    void sourcesAreFacetedAndRankedByCitations() {
        JsonNode sources = portal.json("/api/sources");
        List<Integer> counts = new ArrayList<>();
        sources.get("sources").forEach(s -> counts.add(s.get("citationCount").asInt()));
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(facet(sources, "kind")).containsKeys("book", "collected_works", "journal_article");
        assertThat(facet(sources, "publisher")).containsKey("人民出版社");
        assertThat(facet(sources, "year")).containsKey("1994");
        JsonNode people = portal.json("/api/sources?publisher=" + q("人民出版社") + "&kind=collected_works");
        people.get("sources").forEach(s -> assertThat(s.get("publisher").asText()).isEqualTo("人民出版社"));
        assertThat(ids(people, "sources")).contains(WENXUAN_2);
        assertThat(portal.get("/api/sources/no-such-source").statusCode()).isEqualTo(404);
    }

    @Test
    void documentsListAndOneDocumentPageByPageWithTheSourcesOfItsNotes() {
        JsonNode list = portal.json("/api/documents");
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("documents").get(0).get("title").asText()).isEqualTo(PARTY_HISTORY);
        JsonNode doc = portal.json("/api/documents/" + documentId(PARTY_HISTORY));
        assertThat(doc.get("document").get("journal").get(0).asText()).isEqualTo("党史研究");
        assertThat(doc.get("document").get("abstract").asText()).startsWith("新中国成立以来");
        JsonNode page4 = null;
        for (JsonNode p : doc.get("pages")) {
            if (p.get("page").asInt() == 4) {
                page4 = p;
            }
        }
        assertThat(page4).isNotNull();
        assertThat(page4.get("printedPage").asText()).isEqualTo("88");
        assertThat(page4.get("footnotes").toString()).contains(WENXUAN_2);
        assertThat(portal.get("/api/documents/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void badRequestsAnswer400WithAMessage() {
        assertBadRequest("/api/search?page=0", "'page' must be 1 or more");
        assertBadRequest("/api/search?page=abc", "'page' must be a whole number");
        assertBadRequest("/api/search?page=999", "Only the first 100 results");
        assertBadRequest("/api/search?size=500", "'size' must be between 1 and 50");
        assertBadRequest("/api/search?sort=random", "'sort' must be one of relevance, year, year_desc");
        assertBadRequest("/api/search?contry=x", "Unknown parameter 'contry'");
        assertBadRequest("/api/search?publication_year=recent", "must be numbers");
        assertBadRequest("/api/search?from=1990&to=1980", "must not be after");
        assertBadRequest("/api/sources?sort=popular", "'sort' must be one of");
        assertBadRequest("/api/matrix?view=pie", "'view' must be one of theme-plan");
        assertBadRequest("/api/search?lang=fr", "'lang' must be one of zh, en");
    }

    private void assertBadRequest(String path, String message) {
        HttpResponse<String> response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode body = TestPortal.parse(response.body());
        assertThat(body.get("message").asText()).as(path).contains(message);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void theApiIsDescribedByOpenApiAndBrowsable() {
        HttpResponse<String> spec = portal.get("/openapi/yuanliu-portal-0.1.yml");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3").contains("/api/search:").contains("/api/matrix:")
                .contains("/api/cite/{kind}/{id}:").doesNotContain("  /search:");
        // our page, not the generated one (it starts ReDoc with an inline script): the same policy as every page, with
        // only a per-response nonce for the style elements ReDoc makes
        HttpResponse<String> docs = portal.get("/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("src=\"/redoc/res/redoc.standalone.js\"").contains("src=\"/static/api-docs.js\"")
                .contains("data-spec=\"/openapi/yuanliu-portal-0.1.yml\"").doesNotContain("<script>").doesNotContain("<style");
        String policy = docs.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';").containsPattern("style-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'sha256-[^']+' 'sha256-[^']+';")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(portal.get("/api-docs").headers().firstValue("Content-Security-Policy")).as("a fresh nonce")
                .isNotEqualTo(Optional.of(policy));
        assertThat(portal.get("/redoc/index.html").statusCode()).isEqualTo(404);
        assertThat(portal.get("/redoc/res/redoc.standalone.js").statusCode()).isEqualTo(200);
        assertThat(portal.get("/static/api-docs.js").body()).contains("Redoc.init");
    }

    @Test
    void thePortalReadsTheAliasesTheIndexerCreates() {
        var indices = new org.yuanliu.portal.engine.Indices("p");
        assertThat(indices.passages()).isEqualTo(IndexKind.PASSAGES.alias("p"));
        assertThat(indices.documents()).isEqualTo(IndexKind.DOCUMENTS.alias("p"));
        assertThat(indices.sources()).isEqualTo(IndexKind.SOURCES.alias("p"));
        assertThat(indices.quotations()).isEqualTo(IndexKind.QUOTATIONS.alias("p"));
    }

    @Test
    void healthReportsTheEngine() {
        JsonNode health = portal.json("/health");
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.toString()).contains("elasticsearch");
    }

    @Test
    void morePassagesLikeOneAreThoseSharingItsDistinctiveWordsNotItself() {
        JsonNode found = portal.json("/api/search?q=" + q("两弹一星"));
        String chosen = found.get("hits").get(0).get("id").asText();

        JsonNode like = portal.json("/api/search?like=" + q(chosen));

        assertThat(ids(like)).isNotEmpty().doesNotContain(chosen);
        assertThat(like.get("total").asLong()).isLessThan(portal.json("/api/search").get("total").asLong());
        // narrowed by words and facets like any search
        JsonNode narrowed = portal.json("/api/search?like=" + q(chosen) + "&q=" + q("苏联"));
        assertThat(ids(narrowed)).isSubsetOf(ids(portal.json("/api/search?like=" + q(chosen) + "&size=50")));
        assertThat(portal.get("/api/search?like=" + q("<script>")).statusCode()).isEqualTo(400);
    }

    @Test
    void aDocumentNamesTheDocumentsMostLikeItAndNeverItself() {
        String cas = documentId(CAS);
        JsonNode detail = portal.json("/api/documents/" + cas);

        assertThat(detail.get("similar")).extracting(d -> d.get("title").asText()).contains(PARTY_HISTORY).doesNotContain(CAS);
        assertThat(portal.get("/documents/" + cas).body()).contains("相似文献").contains(PARTY_HISTORY);
    }
}
