package org.yuanliu.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.QuotationRecord;
import org.yuanliu.indexer.enrich.SourceCitation;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the cited works and quotations the indexer finds against hand-made gold ({@code evaluation/gold/}: kinds,
 * authors as printed or implied, editors; quotations with speaker and speaker kind). Run by
 * {@code bin/benchmark citations}; its ratchet is {@code CitationQualityTest}.
 */
public final class CitationQuality {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
    private final EnrichmentChain enrichment = EnrichmentChain.standard();

    /** One document's figures; a ratio is NaN when the gold has nothing to count. */
    public record Score(String file, int works, int worksFound, int kindsRight, int authorsRight, int editorsRight,
                        int samePairs, int samePairsMerged, int mergedPairs, int mergedPairsSame,
                        int quotations, int quotationsFound, int speakersRight, int speakerKindsRight,
                        List<String> misses) {

        /** Of the pairs of citations the gold calls one work, the share given one source key. */
        public double mergeRecall() {
            return ratio(samePairsMerged, samePairs);
        }

        /** Of the pairs of citations given one source key, the share the gold calls one work. */
        public double mergePrecision() {
            return ratio(mergedPairsSame, mergedPairs);
        }

        public double kindAccuracy() {
            return ratio(kindsRight, works);
        }

        public double authorAccuracy() {
            return ratio(authorsRight, works);
        }

        public double editorAccuracy() {
            return ratio(editorsRight, works);
        }

        public double quotationRecall() {
            return ratio(quotationsFound, quotations);
        }

        /** Over the quotations found: the speaker as the gold names it (or both without one). */
        public double speakerAccuracy() {
            return ratio(speakersRight, quotationsFound);
        }

        public double speakerKindAccuracy() {
            return ratio(speakerKindsRight, quotationsFound);
        }

        static Score sum(String name, List<Score> scores) {
            return new Score(name, scores.stream().mapToInt(Score::works).sum(), scores.stream().mapToInt(Score::worksFound).sum(),
                    scores.stream().mapToInt(Score::kindsRight).sum(), scores.stream().mapToInt(Score::authorsRight).sum(),
                    scores.stream().mapToInt(Score::editorsRight).sum(), scores.stream().mapToInt(Score::samePairs).sum(),
                    scores.stream().mapToInt(Score::samePairsMerged).sum(), scores.stream().mapToInt(Score::mergedPairs).sum(),
                    scores.stream().mapToInt(Score::mergedPairsSame).sum(), scores.stream().mapToInt(Score::quotations).sum(),
                    scores.stream().mapToInt(Score::quotationsFound).sum(), scores.stream().mapToInt(Score::speakersRight).sum(),
                    scores.stream().mapToInt(Score::speakerKindsRight).sum(),
                    scores.stream().flatMap(s -> s.misses().stream()).toList());
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 1 && args[0].equals("--root") ? Path.of(args[1]) : Path.of("");
        CitationQuality quality = new CitationQuality();
        List<Score> scores = new ArrayList<>();
        scores.addAll(quality.score(root.resolve("evaluation/gold/samples-cited-works.json"),
                root.resolve("evaluation/gold/samples-quotations.json"), root.resolve("samples")));
        Path realDev = root.resolve(ExtractionQuality.REAL_DEV).normalize();
        Path heldOut = root.resolve("evaluation/gold/real-dev-cited-works.json");
        if (Files.isDirectory(realDev) && Files.isRegularFile(heldOut)) {
            scores.addAll(quality.score(heldOut, null, realDev));
        } else {
            System.out.println("citations: real-dev skipped (" + ExtractionQuality.REAL_DEV + " is absent here)");
        }
        System.out.println(table(scores));
        scores.forEach(s -> s.misses().forEach(m -> System.out.println("miss  " + s.file() + "  " + m)));
        System.exit(0);
    }

    /** A plain-text table, one row per document and a total. */
    public static String table(List<Score> scores) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-48s %5s %6s %7s %7s %7s %7s %6s %7s %7s %7s%n",
                "document", "works", "kind", "authors", "editors", "merge R", "merge P", "quotes", "recall", "speaker",
                "sp.kind"));
        List<Score> rows = new ArrayList<>(scores);
        rows.add(Score.sum("all", scores));
        for (Score s : rows) {
            b.append(String.format(Locale.ROOT, "%-48s %5d %6s %7s %7s %7s %7s %6d %7s %7s %7s%n", s.file(), s.works(),
                    f(s.kindAccuracy()), f(s.authorAccuracy()), f(s.editorAccuracy()), f(s.mergeRecall()),
                    f(s.mergePrecision()), s.quotations(),
                    f(s.quotationRecall()), f(s.speakerAccuracy()), f(s.speakerKindAccuracy())));
        }
        return b.toString();
    }

    /**
     * Scores each document the gold names and {@code pdfs} holds.
     *
     * @param quotationGold may be null: works only
     */
    public List<Score> score(Path worksGold, Path quotationGold, Path pdfs) throws IOException {
        JsonNode works = JSON.readTree(Files.readString(worksGold)).path("documents");
        JsonNode quotes = quotationGold == null ? JSON.createArrayNode()
                : JSON.readTree(Files.readString(quotationGold)).path("documents");
        List<Score> out = new ArrayList<>();
        for (JsonNode doc : works) {
            Path pdf = pdfs.resolve(doc.path("file").asText());
            if (!Files.isRegularFile(pdf)) {
                continue;
            }
            EnrichedDocument enriched = enrichment.apply(reader.read(pdf, reader.identify(pdf)));
            JsonNode quoteDoc = null;
            for (JsonNode q : quotes) {
                if (q.path("file").asText().equals(doc.path("file").asText())) {
                    quoteDoc = q;
                }
            }
            out.add(score(doc.path("file").asText(), doc.path("works"), quoteDoc == null ? null : quoteDoc.path("quotations"),
                    enriched));
        }
        return out;
    }

    static Score score(String file, JsonNode goldWorks, JsonNode goldQuotes, EnrichedDocument enriched) {
        List<String> misses = new ArrayList<>();
        List<Map<String, Object>> ours = enriched.citations().stream().map(SourceCitation::work).toList();
        List<String> ourKeys = enriched.citations().stream().map(SourceCitation::sourceKey).toList();
        List<String[]> keyPairs = new ArrayList<>(); // {gold work, our source key} of each matched citation
        Set<Integer> used = new HashSet<>();
        int found = 0;
        int kinds = 0;
        int authors = 0;
        int editors = 0;
        for (JsonNode g : goldWorks) {
            String title = normal(g.path("title").asText(""));
            int match = -1;
            for (int i = 0; i < ours.size() && match < 0; i++) {
                String raw = normal(String.valueOf(ours.get(i).getOrDefault("raw", "")));
                if (!used.contains(i) && (title.equals(normal((String) ours.get(i).get("title")))
                        || (!title.isEmpty() && raw.contains(title)))) {
                    match = i;
                }
            }
            if (match < 0) {
                misses.add("work not found: " + g.path("title").asText());
                continue;
            }
            used.add(match);
            found++;
            keyPairs.add(new String[] {workIdentity(g), ourKeys.get(match)});
            Map<String, Object> w = ours.get(match);
            String kind = String.valueOf(w.get("kind"));
            if (kind.equals(g.path("kind").asText())) {
                kinds++;
            } else {
                misses.add("kind " + kind + ", gold " + g.path("kind").asText() + ": " + g.path("title").asText());
            }
            Set<String> goldAuthors = new LinkedHashSet<>(strings(g.path("authors")));
            goldAuthors.addAll(strings(g.path("implied_authors")));
            goldAuthors.addAll(strings(g.path("issuers")));
            if (goldAuthors.equals(new LinkedHashSet<>(list(w.get("authors"))))) {
                authors++;
            } else {
                misses.add("authors " + list(w.get("authors")) + ", gold " + goldAuthors + ": " + g.path("title").asText());
            }
            if (new HashSet<>(strings(g.path("editors"))).equals(new HashSet<>(list(w.get("editors"))))) {
                editors++;
            }
        }
        int samePairs = 0;
        int samePairsMerged = 0;
        int mergedPairs = 0;
        int mergedPairsSame = 0;
        for (int i = 0; i < keyPairs.size(); i++) {
            for (int j = i + 1; j < keyPairs.size(); j++) {
                boolean same = keyPairs.get(i)[0].equals(keyPairs.get(j)[0]);
                boolean merged = keyPairs.get(i)[1].equals(keyPairs.get(j)[1]);
                samePairs += same ? 1 : 0;
                samePairsMerged += same && merged ? 1 : 0;
                mergedPairs += merged ? 1 : 0;
                mergedPairsSame += merged && same ? 1 : 0;
            }
        }
        int quotations = 0;
        int quotesFound = 0;
        int speakers = 0;
        int speakerKinds = 0;
        if (goldQuotes != null) {
            List<QuotationRecord> qs = enriched.quotations();
            Set<Integer> taken = new HashSet<>();
            for (JsonNode g : goldQuotes) {
                quotations++;
                String starts = normal(g.path("starts").asText());
                String prefix = starts.substring(0, Math.min(10, starts.length()));
                int match = -1;
                // a short quotation's gold is its whole text: the quotation that is exactly it, before longer ones it opens
                for (int i = 0; i < qs.size() && match < 0; i++) {
                    if (!taken.contains(i) && normal(qs.get(i).text()).equals(starts)) {
                        match = i;
                    }
                }
                for (int i = 0; i < qs.size() && match < 0; i++) {
                    if (!taken.contains(i) && normal(qs.get(i).text()).startsWith(prefix)) {
                        match = i;
                    }
                }
                if (match < 0) {
                    misses.add("quotation not found: " + g.path("starts").asText());
                    continue;
                }
                taken.add(match);
                quotesFound++;
                QuotationRecord q = qs.get(match);
                String gold = g.path("speaker").isNull() ? null : normal(g.path("speaker").asText());
                String speaker = q.speaker() == null ? null : normal(q.speaker());
                if (sameSpeaker(gold, speaker)) {
                    speakers++;
                } else {
                    misses.add("speaker " + q.speaker() + ", gold " + g.path("speaker").asText() + ": " + g.path("starts").asText());
                }
                String goldKind = g.path("speaker_kind").isNull() ? null : g.path("speaker_kind").asText();
                String kind = q.speakerKind() == null ? null : q.speakerKind().name().toLowerCase(Locale.ROOT);
                if (Objects.equals(goldKind, kind)) {
                    speakerKinds++;
                }
            }
        }
        return new Score(file, goldWorks.size(), found, kinds, authors, editors, samePairs, samePairsMerged, mergedPairs,
                mergedPairsSame, quotations, quotesFound, speakers, speakerKinds, misses);
    }

    /**
     * One work as the gold states it: its title, authors and the volume its raw text names (《江泽民文选》第一卷 and
     * 第二卷 are two works; the same volume cited at two pages is one).
     */
    private static String workIdentity(JsonNode g) {
        java.util.regex.Matcher volume = VOLUME.matcher(g.path("raw").asText(""));
        return normal(g.path("title").asText("")) + "|" + String.join("、", strings(g.path("authors")))
                + "|" + (volume.find() ? volume.group(1) : "") + "|" + g.path("container").asText("");
    }

    private static final java.util.regex.Pattern VOLUME = java.util.regex.Pattern.compile(
            "[（(]\\s*(第[一二三四五六七八九十\\d]+[卷册]|[上中下][卷册]?)\\s*[）)]");

    /** 十九大报告 names 党的十九大报告: a speaker's name may drop what the reader supplies in front. */
    private static boolean sameSpeaker(String gold, String ours) {
        if (gold == null || ours == null) {
            return gold == null && ours == null;
        }
        return gold.equals(ours) || gold.endsWith(ours) || ours.endsWith(gold);
    }

    /** Letters and digits only: titles compared without brackets, quotes, dashes and spaces. */
    static String normal(String s) {
        return s == null ? "" : s.replaceAll("[^\\p{IsHan}\\p{IsLatin}\\p{Nd}]", "");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value instanceof List<?> l ? (List<String>) l : List.of();
    }

    private static double ratio(int n, int d) {
        return d == 0 ? Double.NaN : (double) n / d;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
