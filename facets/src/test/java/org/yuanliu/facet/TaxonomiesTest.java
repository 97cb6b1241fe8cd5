package org.yuanliu.facet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxonomiesTest {

    @TempDir
    Path dir;

    /** Copies the packaged taxonomy files into {@link #dir}, as a librarian's working copy. */
    private void copyDefaults() throws IOException {
        for (String name : Taxonomies.NAMES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(Taxonomies.CLASSPATH_DIR + name + ".yaml")) {
                Files.write(dir.resolve(name + ".yaml"), in.readAllBytes());
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void defaultTaxonomies() {
        Taxonomies taxonomies = Fixtures.TAXONOMIES;
        Taxonomy countries = taxonomies.taxonomy("country");
        assertThat(countries.entriesOfKind("country")).hasSizeGreaterThanOrEqualTo(249);
        assertThat(countries.entriesOfKind("historical")).extracting(TaxonomyEntry::id)
                .contains("SU", "CS", "YU", "DD", "FRG");
        assertThat(countries.entry("NO")).hasValueSatisfying(e -> assertThat(e.en()).isEqualTo("Norway"));
        assertThat(taxonomies.taxonomy("stage").entriesOfKind("stage")).extracting(TaxonomyEntry::id)
                .containsExactly("1949-1977", "1978-1985", "1986-2000", "2001-2011", "2012-");
        assertThat(taxonomies.taxonomy("plan").entry("fyp15").orElseThrow().years()).isEqualTo(new YearSpan(2026, 2030));
        assertThat(taxonomies.taxonomy("theme").entries()).hasSizeGreaterThanOrEqualTo(17);
    }

    @Test
    void labels() {
        Taxonomies taxonomies = Fixtures.TAXONOMIES;
        assertThat(taxonomies.label(Facet.COUNTRY, "SU", Locale.SIMPLIFIED_CHINESE)).isEqualTo("苏联");
        assertThat(taxonomies.label(Facet.COUNTRY, "SU", Locale.ENGLISH)).isEqualTo("Soviet Union");
        assertThat(taxonomies.label(Facet.PLAN_PERIOD, "fyp13", Locale.ENGLISH)).isEqualTo("13th Five-Year Plan");
        assertThat(taxonomies.label(Facet.THEME, "aid", Locale.CHINESE)).isEqualTo("科技援外");
        assertThat(taxonomies.label(Facet.COUNTRY, "XX", Locale.ENGLISH)).isEqualTo("XX");
    }

    @Test
    void anAliasAddedToAFileTakesEffect() throws IOException {
        copyDefaults();
        String text = "老大哥派遣专家到中国开展科技活动";
        assertThat(new PassageTagger(Taxonomies.load(dir)).tag(text, TagContext.NONE).ids(Facet.COUNTRY))
                .doesNotContain("SU");
        edit("country.yaml", "aliases: [\"苏维埃社会主义共和国联盟\"", "aliases: [\"老大哥\", \"苏维埃社会主义共和国联盟\"");
        Taxonomies edited = Taxonomies.load(dir);
        assertThat(new PassageTagger(edited).tag(text, TagContext.NONE).ids(Facet.COUNTRY)).contains("SU");
        assertThat(new QueryExpansion(edited).expand("老大哥")).contains("苏联");
    }

    @Test
    void aBlockingCompoundAddedToAFileTakesEffect() throws IOException {
        copyDefaults();
        String text = "中国象棋的规则";
        assertThat(new PassageTagger(Taxonomies.load(dir)).tag(text, TagContext.NONE).ids(Facet.COUNTRY)).contains("CN");
        edit("country.yaml", "  [美元,", "  [中国象棋, 美元,");
        assertThat(new PassageTagger(Taxonomies.load(dir)).tag(text, TagContext.NONE).ids(Facet.COUNTRY)).isEmpty();
    }

    @Test
    void unknownTopLevelKeyNamesTheFile() throws IOException {
        copyDefaults();
        edit("country.yaml", "combinations:\n", "combination:\n");
        assertThatThrownBy(() -> Taxonomies.load(dir))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessageContaining("country.yaml")
                .hasMessageContaining("unknown key 'combination'");
    }

    @Test
    void malformedYamlNamesTheFile() throws IOException {
        copyDefaults();
        Files.writeString(dir.resolve("plan.yaml"), "entries:\n  - {id: fyp01, zh: [unclosed\n");
        assertThatThrownBy(() -> Taxonomies.load(dir))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessageContaining("plan.yaml")
                .hasMessageContaining("line");
    }

    @Test
    void invalidEntryNamesFileAndEntry() throws IOException {
        copyDefaults();
        edit("stage.yaml", "{id: reform-early, zh: 改革开放初期,", "{id: reform-early, zh: 改革开放初期, alias: [x],");
        assertThatThrownBy(() -> Taxonomies.load(dir))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessageContaining("stage.yaml")
                .hasMessageContaining("reform-early")
                .hasMessageContaining("unknown key 'alias'");
    }

    @Test
    void unquotedNorwayIsExplained() throws IOException {
        copyDefaults();
        edit("country.yaml", "{id: \"NO\",", "{id: NO,");
        assertThatThrownBy(() -> Taxonomies.load(dir))
                .hasMessageContaining("country.yaml")
                .hasMessageContaining("quote it");
    }

    @Test
    void badYearsNameTheEntry() throws IOException {
        copyDefaults();
        edit("plan.yaml", "years: 2016-2020", "years: 2016 to 2020");
        assertThatThrownBy(() -> Taxonomies.load(dir))
                .hasMessageContaining("plan.yaml")
                .hasMessageContaining("fyp13")
                .hasMessageContaining("years");
    }

    @Test
    void missingFileIsNamed() throws IOException {
        copyDefaults();
        Files.delete(dir.resolve("theme.yaml"));
        assertThatThrownBy(() -> Taxonomies.load(dir)).hasMessageContaining("theme.yaml").hasMessageContaining("missing");
    }
}
