package org.yuanliu.facet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Wrote the ISO 3166 part of mappings/taxonomy/country.yaml once, from the JDK's locale data
 * (Chinese and English display names of {@link Locale#getISOCountries()}). The file has been edited by
 * hand since (short forms, aliases, historical states, groupings), so do not overwrite it: run this to a
 * scratch file and merge new countries by hand.
 *
 * <pre>java facets/src/test/java/org/yuanliu/facet/CountryYamlGenerator.java /tmp/countries.yaml</pre>
 */
public final class CountryYamlGenerator {

    private CountryYamlGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CountryYamlGenerator <output.yaml>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), generate(), StandardCharsets.UTF_8);
    }

    static String generate() {
        StringBuilder out = new StringBuilder("entries:\n");
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            out.append("  - {id: ").append(quote(code))
                    .append(", zh: ").append(quote(locale.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)))
                    .append(", en: ").append(quote(locale.getDisplayCountry(Locale.ENGLISH)))
                    .append(", kind: country}\n");
        }
        return out.toString();
    }

    /** Always quoted: YAML 1.1 would read NO (Norway) as false. */
    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
