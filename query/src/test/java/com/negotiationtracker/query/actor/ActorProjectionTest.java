package com.negotiationtracker.query.actor;

import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.query.replay.CommittedReset;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.negotiationtracker.query.actor.ActorEvents.FIRST_IMPORT;
import static com.negotiationtracker.query.actor.ActorEvents.SECOND_IMPORT;
import static com.negotiationtracker.query.actor.ActorEvents.registered;
import static com.negotiationtracker.query.actor.ActorEvents.revised;
import static com.negotiationtracker.query.actor.ActorEvents.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor directory against a real H2 database: profiles go in through Axon's annotated handler adapter and answers
 * come out through a query gateway, as the record stood at several moments.
 */
@DataJpaTest(properties = CommittedReset.MARKS_TABLE)
@Import(ActorProjection.class)
class ActorProjectionTest {

    @Autowired
    private ActorProjection projection;
    @Autowired
    private TestEntityManager database;

    private AnnotationEventHandlerAdapter processor;
    private QueryGateway queries;

    @BeforeEach
    void connectAxon() {
        processor = new AnnotationEventHandlerAdapter(projection);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    @Test
    void listsEachActorWithItsRolesWhomItSpeaksForAndWhoSpeaksForIt() {
        theReferenceStorysActors();

        List<ActorView> directory = directory(FindActors.all()).entries();

        assertThat(directory).extracting(ActorView::id).containsExactly(
                "hegseth", "kremlin", "putin", "russia", "russian-sources", "united-states");
        assertThat(actorIn(directory, "hegseth")).isEqualTo(new ActorView("hegseth", "Pete Hegseth", "person",
                List.of("U.S. defense secretary"), List.of("united-states"), List.of(), FIRST_IMPORT));
        assertThat(actorIn(directory, "kremlin").speaksFor()).containsExactly("russia", "putin");
        assertThat(actorIn(directory, "kremlin").kind()).isEqualTo("office");
        assertThat(actorIn(directory, "russia").spokenForBy()).containsExactly("kremlin", "putin");
        assertThat(actorIn(directory, "putin").spokenForBy()).containsExactly("kremlin");
        assertThat(actorIn(directory, "united-states").spokenForBy()).containsExactly("hegseth");
        assertThat(actorIn(directory, "russian-sources").kind()).isEqualTo("unnamed-sources");
    }

    @Test
    void beforeTheRecordHeldThemTheDirectoryIsEmpty() {
        theReferenceStorysActors();

        assertThat(directory(FindActors.all().knownAt(Instant.parse("2000-01-01T00:00:00Z"))).entries()).isEmpty();
        assertThat(directory(FindActors.all().knownAt(FIRST_IMPORT.minusNanos(1_000))).total()).isZero();
        assertThat(directory(FindActors.all().knownAt(FIRST_IMPORT)).total()).isEqualTo(6);
        assertThat(actor("hegseth", FIRST_IMPORT.minusSeconds(1))).isEmpty();
    }

    @Test
    void aRevisedProfileTakesOverFromTheMomentItWasRecordedAndTheOldOneStaysInTheHistory() {
        deliver(tracked(registered("hegseth", "Pete Hegseth", ActorKind.PERSON, List.of("U.S. defense secretary"),
                "united-states"), 1, FIRST_IMPORT));
        deliver(tracked(registered("united-states", "United States", ActorKind.STATE, List.of()), 2, FIRST_IMPORT));
        deliver(tracked(registered("nato", "NATO", ActorKind.ALLIANCE, List.of()), 3, FIRST_IMPORT));
        deliver(tracked(revised("hegseth", "Pete Hegseth", ActorKind.PERSON,
                List.of("U.S. Secretary of Defense", "former Fox News host"), "united-states", "nato"), 4,
                SECOND_IMPORT));

        assertThat(actorIn(directory(FindActors.all().knownAt(FIRST_IMPORT)).entries(), "hegseth").roles())
                .containsExactly("U.S. defense secretary");
        assertThat(actorIn(directory(FindActors.all()).entries(), "hegseth").roles())
                .containsExactly("U.S. Secretary of Defense", "former Fox News host");
        assertThat(actorIn(directory(FindActors.all().knownAt(FIRST_IMPORT)).entries(), "nato").spokenForBy())
                .isEmpty();
        assertThat(actorIn(directory(FindActors.all()).entries(), "nato").spokenForBy()).containsExactly("hegseth");

        ActorDetails now = actor("hegseth", null).orElseThrow();
        assertThat(now.actor().recordedFrom()).isEqualTo(SECOND_IMPORT);
        assertThat(now.history()).containsExactly(
                new ActorProfileView("Pete Hegseth", "person", List.of("U.S. defense secretary"),
                        List.of("united-states"), FIRST_IMPORT, SECOND_IMPORT),
                new ActorProfileView("Pete Hegseth", "person", List.of("U.S. Secretary of Defense",
                        "former Fox News host"), List.of("united-states", "nato"), SECOND_IMPORT, null));

        ActorDetails then = actor("hegseth", SECOND_IMPORT.minusSeconds(1)).orElseThrow();
        assertThat(then.actor().roles()).containsExactly("U.S. defense secretary");
        assertThat(then.history()).as("the revision was not recorded yet").containsExactly(
                new ActorProfileView("Pete Hegseth", "person", List.of("U.S. defense secretary"),
                        List.of("united-states"), FIRST_IMPORT, null));
        assertThat(directory(FindActors.all()).total()).as("one entry per actor, whatever its history").isEqualTo(3);
    }

    @Test
    void filtersByKindAndPagesInIdOrder() {
        theReferenceStorysActors();

        assertThat(directory(FindActors.all().ofKind(ActorKind.STATE)).entries()).extracting(ActorView::id)
                .containsExactly("russia", "united-states");
        assertThat(directory(FindActors.all().ofKind(ActorKind.ALLIANCE)).entries()).isEmpty();

        List<ActorsPage> pages = Stream.of(0, 1, 2).map(page -> directory(FindActors.all().page(page, 2))).toList();
        assertThat(pages).extracting(ActorsPage::total).containsOnly(6L);
        assertThat(pages.stream().flatMap(page -> page.entries().stream()).map(ActorView::id)).containsExactly(
                "hegseth", "kremlin", "putin", "russia", "russian-sources", "united-states");
        assertThat(directory(FindActors.all().page(3, 2)).entries()).isEmpty();
    }

    @Test
    void anUnknownActorIsNotFound() {
        theReferenceStorysActors();

        assertThat(actor("nobody", null)).isEmpty();
    }

    @Test
    void theSameProfileHandledTwiceLeavesOneVersion() {
        EventMessage<?> registered = tracked(registered("kremlin", "The Kremlin", ActorKind.OFFICE,
                List.of("office of the Russian president"), "russia", "putin"), 1, FIRST_IMPORT);
        deliver(registered);
        deliver(registered);

        assertThat(rows("actor_profile")).isOne();
        assertThat(rows("actor_profile_role")).isOne();
        assertThat(rows("actor_profile_speaks_for")).isEqualTo(2);
        assertThat(actor("kremlin", null).orElseThrow().history()).hasSize(1);
    }

    @Test
    void timestampsFinerThanTheColumnsStillFindTheirRow() {
        Instant nanos = Instant.parse("2026-01-05T09:00:00.123456789Z");
        EventMessage<?> registered = tracked(registered("nato", "NATO", ActorKind.ALLIANCE, List.of()), 1, nanos);
        deliver(registered);
        deliver(registered);

        assertThat(rows("actor_profile")).isOne();
        assertThat(actor("nato", null).orElseThrow().actor().recordedFrom())
                .isEqualTo(Instant.parse("2026-01-05T09:00:00.123456Z"));
    }

    @Test
    void theResetEmptiesTheTables() {
        theReferenceStorysActors();

        CommittedReset.of(processor::prepareReset);
        database.clear();

        assertThat(directory(FindActors.all()).entries()).isEmpty();
        assertThat(rows("actor_profile")).isZero();
        assertThat(rows("actor_profile_role")).isZero();
        assertThat(rows("actor_profile_speaks_for")).isZero();

        theReferenceStorysActors();
        assertThat(directory(FindActors.all()).total()).as("the replay fills it again").isEqualTo(6);
    }

    private void theReferenceStorysActors() {
        deliver(tracked(registered("united-states", "United States", ActorKind.STATE, List.of()), 1, FIRST_IMPORT));
        deliver(tracked(registered("russia", "Russia", ActorKind.STATE, List.of()), 2, FIRST_IMPORT));
        deliver(tracked(registered("putin", "Putin", ActorKind.PERSON, List.of("Russian President"), "russia"), 3,
                FIRST_IMPORT));
        deliver(tracked(registered("hegseth", "Pete Hegseth", ActorKind.PERSON, List.of("U.S. defense secretary"),
                "united-states"), 4, FIRST_IMPORT));
        deliver(tracked(registered("kremlin", "The Kremlin", ActorKind.OFFICE,
                List.of("office of the Russian president"), "russia", "putin"), 5, FIRST_IMPORT));
        deliver(tracked(registered("russian-sources", "Russian sources", ActorKind.UNNAMED_SOURCES, List.of()), 6,
                FIRST_IMPORT));
    }

    /** Hands a message to the projection as its processor would, each in a unit of work of its own. */
    private void deliver(EventMessage<?> message) {
        try {
            processor.handle(message);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        database.flush();
        database.clear();
    }

    private ActorsPage directory(FindActors query) {
        return queries.query(query, ResponseTypes.instanceOf(ActorsPage.class)).join();
    }

    private Optional<ActorDetails> actor(String id, Instant knownAt) {
        return queries.query(new FindActor(id, knownAt), ResponseTypes.optionalInstanceOf(ActorDetails.class))
                .join();
    }

    private static ActorView actorIn(List<ActorView> directory, String id) {
        return directory.stream().filter(actor -> actor.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in " + directory));
    }

    private long rows(String table) {
        return ((Number) database.getEntityManager().createNativeQuery("select count(*) from " + table)
                .getSingleResult()).longValue();
    }
}
