package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.track.FactEvent;
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

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.timeline.TimelineEvents.RECORDED;
import static com.negotiationtracker.query.timeline.TimelineEvents.call;
import static com.negotiationtracker.query.timeline.TimelineEvents.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's tables as the H2 migrations {@code V2__timeline.sql}, {@code V4__positions_and_actors.sql},
 * {@code V8__as_of_query_indexes.sql} and {@code V16__as_of_pages_bounded.sql} make them, not as Hibernate would: Hibernate starts with {@code ddl-auto=validate}, as in the application, on a database
 * that holds only what the migrations created.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({TimelineProjection.class, H2TimelineMigrationTest.Migrated.class})
class H2TimelineMigrationTest {

    /** Where the application keeps its migrations (the tests run in the query module's folder). */
    static final Path MIGRATIONS = Path.of("..", "config", "src", "main", "resources", "db", "migration");

    @TestConfiguration(proxyBeanMethods = false)
    static class Migrated {

        @Bean
        DataSource dataSource() {
            return new EmbeddedDatabaseBuilder()
                    .setType(EmbeddedDatabaseType.H2)
                    .generateUniqueName(true)
                    .addScript(MIGRATIONS.resolve("h2").resolve("V2__timeline.sql").toUri().toString())
                    // its index for the timeline as it stood at a moment
                    .addScript(MIGRATIONS.resolve("h2").resolve("V4__positions_and_actors.sql").toUri().toString())
                    // the indexes the timeline's page and its count walk
                    .addScript(MIGRATIONS.resolve("h2").resolve("V8__as_of_query_indexes.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("h2").resolve("V13__position_subject_newest.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("h2").resolve("V16__as_of_pages_bounded.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("h2").resolve("V20__read_model_emptying.sql").toUri().toString())
                    .build();
        }
    }

    @Autowired
    private TimelineProjection projection;
    @Autowired
    private TestEntityManager database;

    @Test
    void theMigrationHoldsWhatTheProjectionWrites() throws Exception {
        String longQuote = "word ".repeat(2_000); // text columns are unbounded
        FactEvent event = call(US_RUSSIA, fact("trump-putin-call").quote(longQuote), TRUMP, PUTIN);

        new AnnotationEventHandlerAdapter(projection).handle(tracked(event, Long.MAX_VALUE, RECORDED));
        database.flush();
        database.clear();

        TimelineEntry entry = projection.handle(FindTimeline.all().withActor("putin")).entries().get(0);
        assertThat(entry.provenance().quote()).isEqualTo(longQuote);
        assertThat(entry.recordedAt()).isEqualTo(RECORDED);
        assertThat(entry.details()).containsKeys("participants", "duration");
    }
}
