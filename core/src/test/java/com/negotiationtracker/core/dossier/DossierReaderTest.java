package com.negotiationtracker.core.dossier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DossierReaderTest {

    private final DossierReader reader = new DossierReader();

    @Test
    void readsYamlAndJsonIntoTheSameTree() {
        JsonNode yaml = reader.read("id: x\nfacts:\n  - id: a\n    validTime: 2025-02-12\n", DossierFormat.YAML);
        JsonNode json = reader.read("{\"id\": \"x\", \"facts\": [{\"id\": \"a\", \"validTime\": \"2025-02-12\"}]}",
                DossierFormat.JSON);

        assertThat(yaml).isEqualTo(json);
    }

    @Test
    void malformedYamlIsOneErrorWithLineAndColumn() {
        DossierError error = onlyError("id: x\nfacts: [\n  {id: a\nb: c\n", DossierFormat.YAML);

        assertThat(error.entry()).isEqualTo("dossier");
        assertThat(error.field()).isNull();
        assertThat(error.message()).startsWith("malformed YAML at line 4, column 2: ");
        assertThat(error.message()).doesNotContain("\n");
    }

    @Test
    void malformedJsonIsOneErrorWithLineAndColumn() {
        DossierError error = onlyError("{\n  \"id\": \"x\",\n  \"facts\": [}\n", DossierFormat.JSON);

        assertThat(error.entry()).isEqualTo("dossier");
        assertThat(error.message()).startsWith("malformed JSON at line 3, column 13: ");
        assertThat(error.message()).doesNotContain("Source: ");
    }

    @Test
    void aDuplicateKeyIsAnError() {
        DossierError error = onlyError("id: x\nid: y\n", DossierFormat.YAML);

        assertThat(error.message()).contains("line 2").contains("Duplicate Object property \"id\"");
    }

    @Test
    void yamlAliasesAreRefusedRatherThanMisread() {
        DossierError error = onlyError("id: &name x\ntitle: *name\n", DossierFormat.YAML);

        assertThat(error.message()).contains("aliases").contains("line 2");
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        DossierError error = onlyError("id: x\n---\nid: y\n", DossierFormat.YAML);

        assertThat(error.message()).contains("second one starts at line 3");
    }

    @Test
    void anEmptyDossierIsAnError() {
        assertThat(onlyError("  \n", DossierFormat.YAML).message()).isEqualTo("the dossier is empty");
        assertThat(onlyError("# only a comment\n", DossierFormat.YAML).message()).isEqualTo("the dossier is empty");
    }

    @Test
    void anOversizedDossierIsRefusedBeforeItIsParsed() {
        String padding = "#".repeat(1024) + "\n";
        String content = "id: x\n" + padding.repeat(5 * 1024 + 1);

        DossierError error = onlyError(content, DossierFormat.YAML);

        assertThat(error.entry()).isEqualTo("dossier");
        assertThat(error.message()).contains("at most 5,242,880 bytes (5 MB)").contains("split it");
    }

    @Test
    void aDossierJustUnderTheLimitIsRead() {
        String padding = "#".repeat(1023) + "\n";
        String content = "id: x\n" + padding.repeat(5 * 1024 - 1);

        assertThat(reader.read(content, DossierFormat.YAML).get("id").stringValue()).isEqualTo("x");
    }

    @Test
    void theFormatFollowsTheFileName() {
        assertThat(DossierFormat.ofFileName("seed-article.yaml")).isEqualTo(DossierFormat.YAML);
        assertThat(DossierFormat.ofFileName("seed-article.YML")).isEqualTo(DossierFormat.YAML);
        assertThat(DossierFormat.ofFileName("seed-article.json")).isEqualTo(DossierFormat.JSON);
    }

    private DossierError onlyError(String content, DossierFormat format) {
        DossierRejected rejected = catchThrowableOfType(DossierRejected.class, () -> reader.read(content, format));
        assertThat(rejected).as("rejected").isNotNull();
        assertThat(rejected.errors()).hasSize(1);
        return rejected.errors().get(0);
    }
}
