package org.acorn.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Constraint and index names are one namespace per database on H2 and MySQL: two features written side by side
 * can pick the same name, and the second migration then fails at start on every existing installation.
 */
class MigrationNamesTest {

    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:constraint|index)\\s+([a-z0-9_]+)");

    @Test
    void everyConstraintAndIndexNameIsUsedOnce() throws IOException {
        Map<String, String> firstIn = new HashMap<>();
        List<String> clashes = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                Matcher m = NAMED.matcher(Files.readString(f).replaceAll("--[^\\n]*", ""));
                while (m.find()) {
                    String name = m.group(1).toLowerCase(Locale.ROOT);
                    if (name.equals("if")) continue;
                    String earlier = firstIn.putIfAbsent(name, f.getFileName().toString());
                    if (earlier != null) clashes.add(name + " in " + earlier + " and " + f.getFileName());
                }
            }
        }
        assertThat(firstIn).as("the migrations were read").hasSizeGreaterThan(50);
        assertThat(clashes).isEmpty();
    }
}
