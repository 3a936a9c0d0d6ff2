package com.negotiationtracker.query.actor;

import com.negotiationtracker.core.actor.ActorKind;
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
import java.util.List;

import static com.negotiationtracker.query.actor.ActorEvents.FIRST_IMPORT;
import static com.negotiationtracker.query.actor.ActorEvents.SECOND_IMPORT;
import static com.negotiationtracker.query.actor.ActorEvents.registered;
import static com.negotiationtracker.query.actor.ActorEvents.revised;
import static com.negotiationtracker.query.actor.ActorEvents.tracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The directory's tables as the H2 migration {@code V4__positions_and_actors.sql} creates them, not as Hibernate
 * would: Hibernate starts with {@code ddl-auto=validate}, as in the application, on a database that holds only what
 * the migrations created.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ActorProjection.class, H2ActorMigrationTest.Migrated.class})
class H2ActorMigrationTest {

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
                    .addScript(MIGRATIONS.resolve("V20__read_model_emptying.sql").toUri().toString())
                    .build();
        }
    }

    @Autowired
    private ActorProjection projection;
    @Autowired
    private TestEntityManager database;

    @Test
    void theMigrationHoldsWhatTheProjectionWrites() throws Exception {
        String longName = "name ".repeat(2_000); // text columns are unbounded
        AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(projection);

        processor.handle(tracked(registered("russia", "Russia", ActorKind.STATE, List.of()), 1, FIRST_IMPORT));
        processor.handle(tracked(registered("kremlin", "The Kremlin", ActorKind.OFFICE,
                List.of("office of the Russian president"), "russia"), 2, FIRST_IMPORT));
        processor.handle(tracked(revised("kremlin", longName, ActorKind.UNNAMED_SOURCES, List.of("a long role"),
                "russia"), 3, SECOND_IMPORT));
        database.flush();
        database.clear();

        ActorDetails kremlin = projection.handle(new FindActor("kremlin", null)).orElseThrow();
        assertThat(kremlin.actor().name()).isEqualTo(longName);
        assertThat(kremlin.actor().kind()).isEqualTo("unnamed-sources");
        assertThat(kremlin.history()).hasSize(2);
        assertThat(projection.handle(FindActors.all().knownAt(FIRST_IMPORT)).entries())
                .extracting(ActorView::id, ActorView::spokenForBy)
                .containsExactly(tuple("kremlin", List.of()),
                        tuple("russia", List.of("kremlin")));
    }
}
