package org.yuanliu.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Interface labels in Chinese (the default) and English, from {@code i18n/labels_*.properties}. The language is
 * part of the URL ({@code lang=en}) so that a permalink opens in the language it was shared in.
 */
@Singleton
public final class Labels {
    public static final String DEFAULT = "zh";
    public static final java.util.List<String> LANGUAGES = java.util.List.of("zh", "en");
    private final Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();

    public Labels() {
        byLanguage.put("zh", load("zh"));
        byLanguage.put("en", load("en"));
    }

    public static String language(HttpRequest<?> request) {
        return "en".equals(request.getParameters().get("lang")) ? "en" : DEFAULT;
    }

    public Map<String, String> of(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(DEFAULT));
    }

    private static Map<String, String> load(String language) {
        String resource = "i18n/labels_" + language + ".properties";
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> labels = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(key -> labels.put(key, properties.getProperty(key)));
            return Map.copyOf(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
