package com.negotiationtracker.query.position;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import javax.sql.DataSource;
import java.nio.file.Path;

import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.position.PositionEvents.FIRST_IMPORT;
import static com.negotiationtracker.query.position.PositionEvents.SECOND_IMPORT;
import static com.negotiationtracker.query.position.PositionEvents.stance;
import static com.negotiationtracker.query.position.PositionEvents.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The positions tables as the H2 migrations {@code V4__positions_and_actors.sql},
 * {@code V8__as_of_query_indexes.sql}, {@code V13__position_subject_newest.sql} and
 * {@code V16__as_of_pages_bounded.sql} make them, not as Hibernate would: Hibernate starts with
 * {@code ddl-auto=validate}, as in the application, on a database that holds only what the migrations created.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({PositionProjection.class, H2PositionMigrationTest.Migrated.class})
class H2PositionMigrationTest {

    /** Where the application keeps its migrations (the tests run in the query module's folder). */
    static final Path MIGRATIONS = Path.of("..", "config", "src", "main", "resources", "db", "migration", "h2");

    @TestConfiguration(proxyBeanMethods = false)
    static class Migrated {

        @Bean
        DataSource dataSource() {
            return new EmbeddedDatabaseBuilder()
                    .setType(EmbeddedDatabaseType.H2)
                    .generateUniqueName(true)
                    .addScript(MIGRATIONS.resolve("V2__timeline.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("V4__positions_and_actors.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("V8__as_of_query_indexes.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("V13__position_subject_newest.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("V16__as_of_pages_bounded.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("V20__read_model_emptying.sql").toUri().toString())
                    .build();
        }
    }

    @Autowired
    private PositionProjection projection;
    @Autowired
    private TestEntityManager database;

    @Test
    void theMigrationHoldsWhatTheProjectionWrites() throws Exception {
        String longQuote = "word ".repeat(2_000); // text columns are unbounded
        AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(projection);

        processor.handle(tracked(stance(fact("us-nato").on("2025-02-12").quote(longQuote), UNITED_STATES,
                "nato-membership", "unrealistic"), 1, FIRST_IMPORT));
        processor.handle(tracked(stance(fact("us-nato-later").on("2025-03-01"), UNITED_STATES,
                "nato-membership", "open"), 2, SECOND_IMPORT));
        database.flush();
        database.clear();

        PositionHistory history = projection.handle(new FindPositionHistory("united-states", "nato-membership", null));
        assertThat(history.stances()).extracting(PositionView::stance).containsExactly("unrealistic", "open");
        assertThat(history.stances().get(0).words()).isEqualTo(longQuote);
        assertThat(projection.handle(new FindPositions(null, FIRST_IMPORT, null, null, null)).entries())
                .extracting(PositionView::stance).containsExactly("unrealistic");
    }
}
