package com.negotiationtracker.core.dossier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The editors' documentation, docs/dossier-format.md, says what the importer does. */
class DossierFormatDocTest {

    private static final Path DOC = Path.of("..", "docs", "dossier-format.md");

    private final InMemoryTracker tracker = new InMemoryTracker();

    @AfterEach
    void shutDown() {
        tracker.close();
    }

    @Test
    void theCompleteExampleImportsInYamlAndJsonAlikeWithTheAnswersTheDocumentQuotes() throws IOException {
        String doc = Files.readString(DOC);
        String example = doc.substring(doc.indexOf("## A complete example"));
        String yaml = block(example, "yaml");
        String json = block(example, "json");

        ImportReport first = tracker.importer().importDossier(yaml, DossierFormat.YAML);
        ImportReport second = tracker.importer().importDossier(json, DossierFormat.JSON);

        assertThat(doc).contains("`" + first.summary() + "`").contains("`" + second.summary() + "`");
        assertThat(second.recordedNothing()).isTrue();
        try (InMemoryTracker other = new InMemoryTracker()) {
            other.importer().importDossier(json, DossierFormat.JSON);
            assertThat(other.events()).isEqualTo(tracker.events());
        }
    }

    @Test
    void everyFactKindAndItsFieldsAreDocumented() throws IOException {
        String doc = Files.readString(DOC);
        for (FactKind kind : FactKind.values()) {
            Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(kind.label()) + "` \\|.*$").matcher(doc);
            assertThat(row.find()).as("a row for " + kind.label()).isTrue();
            for (String field : kind.fields()) {
                assertThat(row.group()).as(kind.label() + " documents " + field).contains("`" + field + "`");
            }
        }
        for (String field : FactKind.COMMON_FIELDS) {
            assertThat(doc).contains("| `" + field + "` ");
        }
    }

    /** The first fenced block of the language in the text. */
    private static String block(String text, String language) {
        Matcher block = Pattern.compile("(?s)```" + language + "\\n(.*?)\\n```").matcher(text);
        assertThat(block.find()).as("a " + language + " block").isTrue();
        return block.group(1);
    }
}
