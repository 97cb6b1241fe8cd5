package org.yuanliu.indexer.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Policy PDFs made by LibreOffice (evaluation/policy/: the GB/T 9704 layout with red mark, number and 版记, an older
 * document dated in Chinese numerals, a regulation with articles, a plan as government sites publish it, a white
 * paper), read by the real reader: the fields a reader checks on the page, against the gold written with the text.
 */
class PolicyDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
    private final PolicyReader policies = new PolicyReader();

    private static Path corpus() {
        return Samples.dir().toAbsolutePath().getParent().resolve("evaluation/policy");
    }

    private Policy read(String name) {
        Path pdf = corpus().resolve(name + ".pdf");
        StructuredDocument document = reader.read(pdf, reader.identify(pdf));
        return policies.read(document).orElseThrow(() -> new AssertionError(name + " was not read as a policy"));
    }

    private static JsonNode gold(String name) throws IOException {
        return JSON.readTree(Files.readString(corpus().resolve(name + ".gold.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gbt9704-notice", "gbt9704-opinion-old", "regulation-articles", "plan-web", "white-paper"})
    void aPolicyPdfGetsItsIssuerNumberTypeAndDates(String name) throws IOException {
        Policy policy = read(name);
        JsonNode gold = gold(name);
        assertThat(policy.type().name().toLowerCase(Locale.ROOT)).isEqualTo(gold.get("type").asText());
        assertThat(policy.issuers()).containsExactlyElementsOf(texts(gold.get("issuers")));
        assertThat(policy.number()).isEqualTo(optional(gold, "document_number"));
        assertThat(policy.addressees()).isEqualTo(optional(gold, "addressees"));
        assertThat(policy.dateWritten()).isEqualTo(optional(gold, "date_written"));
        assertThat(policy.dateIssued()).isEqualTo(optional(gold, "date_issued"));
        assertThat(policy.dateInForce()).isEqualTo(optional(gold, "date_in_force"));
        if (gold.hasNonNull("copied_to")) {
            assertThat(String.join("，", policy.copiedTo())).isEqualTo(gold.get("copied_to").asText());
        }
        List<String> attachments = new ArrayList<>();
        gold.get("attachments").forEach(a -> attachments.add(a.get("label").asText() + " " + a.get("title").asText()));
        assertThat(policy.attachments()).extracting(a -> a.label() + " " + a.title()).containsExactlyElementsOf(attachments);
    }

    @Test
    void eachPassageOfARegulationCarriesItsArticle() throws IOException {
        Policy policy = read("regulation-articles");
        JsonNode gold = gold("regulation-articles");
        List<String> articles = texts(gold.get("articles").findValues("number").stream()
                .collect(JSON::createArrayNode, com.fasterxml.jackson.databind.node.ArrayNode::add,
                        com.fasterxml.jackson.databind.node.ArrayNode::addAll));
        assertThat(new HashSet<>(policy.articles().values())).containsExactlyInAnyOrderElementsOf(articles);
        // an article's second paragraph and its items stay in the article
        assertThat(policy.articles().values().stream().filter("第二条"::equals).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void articlesAreNotPolicies() {
        assertThat(policies.read(Samples.read(Samples.CAS))).isEmpty();
        assertThat(policies.read(Samples.read(Samples.PARTY_HISTORY))).isEmpty();
    }

    private static Optional<String> optional(JsonNode gold, String field) {
        return gold.hasNonNull(field) ? Optional.of(gold.get(field).asText()) : Optional.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
