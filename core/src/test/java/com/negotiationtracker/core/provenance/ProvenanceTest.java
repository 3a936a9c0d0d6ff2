package com.negotiationtracker.core.provenance;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProvenanceTest {

    @Test
    void a_source_appeared_from_the_start_of_its_publication_time() {
        assertThat(SEED_ARTICLE.publishedFrom()).isEqualTo(Instant.parse("2025-02-12T00:00:00Z"));
        assertThat(new Source("wire", "Reuters", null, null, "2025-02-12T18:05:00Z").publishedFrom())
                .isEqualTo(Instant.parse("2025-02-12T18:05:00Z"));
    }

    @Test
    void a_source_needs_a_reference() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Source(" ", "Reuters", null, null, "2025-02-12"))
                .withMessage("a source needs a reference");
    }

    @Test
    void a_source_needs_a_publication_time_that_exists() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Source("wire", null, null, null, null))
                .withMessage("a time is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> new Source("wire", null, null, null, "2025-02-30"))
                .withMessageContaining("is not a valid time");
        assertThatIllegalArgumentException().isThrownBy(() -> new Source("wire", null, null, null, "Wednesday"))
                .withMessageContaining("is not a valid time");
    }

    @Test
    void provenance_names_who_asserted_the_fact_and_where_it_appeared() {
        assertThatNullPointerException().isThrownBy(() -> new Provenance(null, "statement", SEED_ARTICLE, null))
                .withMessageContaining("the actor who asserted the fact");
        assertThatNullPointerException().isThrownBy(() -> new Provenance(KREMLIN, "statement", null, null))
                .withMessageContaining("the source where the fact appeared");
    }
}
