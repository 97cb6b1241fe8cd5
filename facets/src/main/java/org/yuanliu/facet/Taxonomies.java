package org.yuanliu.facet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The four taxonomies (stage, plan, country, theme), loaded from YAML. */
public record Taxonomies(Map<String, Taxonomy> byName) {

    /** The files, in the order they are read; each must exist. */
    public static final List<String> NAMES = List.of("stage", "plan", "country", "theme");

    /** Where the mappings module puts mappings/taxonomy/ on the classpath. */
    public static final String CLASSPATH_DIR = "yuanliu/taxonomy/";

    public Taxonomies {
        byName = Map.copyOf(byName);
    }

    /** The taxonomies packaged with the application (mappings/taxonomy/*.yaml). */
    public static Taxonomies loadDefault() {
        Map<String, Taxonomy> result = new LinkedHashMap<>();
        ClassLoader loader = Taxonomies.class.getClassLoader();
        for (String name : NAMES) {
            String resource = CLASSPATH_DIR + name + ".yaml";
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new TaxonomyFormatException(resource, "not found on the classpath");
                }
                result.put(name, TaxonomyReader.read(name, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new Taxonomies(result);
    }

    /** The taxonomies in {@code dir} (stage.yaml, plan.yaml, country.yaml, theme.yaml), e.g. while a librarian edits them. */
    public static Taxonomies load(Path dir) {
        Map<String, Taxonomy> result = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path file = dir.resolve(name + ".yaml");
            if (!Files.isRegularFile(file)) {
                throw new TaxonomyFormatException(file.toString(), "file is missing");
            }
            try {
                result.put(name, TaxonomyReader.read(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new Taxonomies(result);
    }

    public Taxonomy taxonomy(String name) {
        Taxonomy taxonomy = byName.get(name);
        if (taxonomy == null) {
            throw new IllegalArgumentException("no taxonomy '" + name + "'");
        }
        return taxonomy;
    }

    public Taxonomy of(Facet facet) {
        return taxonomy(facet.taxonomy());
    }

    public Optional<TaxonomyEntry> entry(Facet facet, String id) {
        return of(facet).entry(id);
    }

    /** Label for the UI: Chinese for a Chinese locale, English otherwise; the id itself when unknown. */
    public String label(Facet facet, String id, Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        return entry(facet, id).map(e -> e.label(chinese)).orElse(id);
    }
}
