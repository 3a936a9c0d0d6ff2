package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;
import com.negotiationtracker.query.batch.ProcessorBatch;
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
import java.util.Map;

import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.timeline.TimelineEvents.RECORDED;
import static com.negotiationtracker.query.timeline.TimelineEvents.call;
import static com.negotiationtracker.query.timeline.TimelineEvents.contactSuspended;
import static com.negotiationtracker.query.timeline.TimelineEvents.invitation;
import static com.negotiationtracker.query.timeline.TimelineEvents.munichMeeting;
import static com.negotiationtracker.query.timeline.TimelineEvents.position;
import static com.negotiationtracker.query.timeline.TimelineEvents.statement;
import static com.negotiationtracker.query.timeline.TimelineEvents.swap;
import static com.negotiationtracker.query.timeline.TimelineEvents.tracked;
import static com.negotiationtracker.query.timeline.TimelineEvents.untracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The timeline projection against a real H2 database: events go in through Axon's annotated handler adapter (as a
 * tracking processor delivers them) and answers come out through a query gateway (as the web layer asks).
 */
@DataJpaTest(properties = CommittedReset.MARKS_TABLE)
@Import(TimelineProjection.class)
class TimelineProjectionTest {

    @Autowired
    private TimelineProjection projection;
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
    void answersTheFactsInValidTimeOrderThenInTheOrderTheyWereRecorded() {
        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 3, RECORDED));
        deliver(tracked(swap(fact("prisoner-swap").on("2025-02-11")), 4, RECORDED));
        deliver(tracked(statement(US_RUSSIA, fact("trump-agrees-talks").assertedBy(TRUMP), TRUMP), 5, RECORDED));
        deliver(tracked(contactSuspended(US_RUSSIA, fact("no-contact-since-invasion").on("2022-02"), RUSSIA, UKRAINE),
                6, RECORDED));
        deliver(tracked(munichMeeting(US_UKRAINE, fact("munich-meeting-proposed").on("2025-02-12T16:00:00Z")), 7,
                RECORDED));
        deliver(tracked(call(US_UKRAINE, fact("trump-zelenskiy-call"), TRUMP, ZELENSKIY), 8, RECORDED));

        assertThat(timeline(FindTimeline.all())).extracting(TimelineEntry::factId).containsExactly(
                "no-contact-since-invasion", // 2022-02
                "prisoner-swap",             // 2025-02-11
                "trump-putin-call",          // 2025-02-12, recorded at 3
                "trump-agrees-talks",        // 2025-02-12, recorded at 5
                "trump-zelenskiy-call",      // 2025-02-12, recorded at 8
                "munich-meeting-proposed");  // 2025-02-12T16:00Z
    }

    @Test
    void answersEverythingTheTimelineKnowsOfAFact() {
        Source reuters = new Source("reuters-2025-02-12", "Reuters", "Trump and Putin agree to start Ukraine talks",
                "https://example.org/reuters/trump-putin", "2025-02-12T19:05:00Z");
        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call")
                .summary("Trump and Putin held a phone call")
                .source(reuters)
                .quote("close to an hour and a half"), TRUMP, PUTIN), 3, RECORDED));

        TimelineEntry call = timeline(FindTimeline.all()).get(0);

        assertThat(call.factId()).isEqualTo("trump-putin-call");
        assertThat(call.track()).isEqualTo("us-russia");
        assertThat(call.kind()).isEqualTo("call");
        assertThat(call.summary()).isEqualTo("Trump and Putin held a phone call");
        assertThat(call.validTime()).isEqualTo(new ValidTimeView("2025-02-12", TimePrecision.DAY, false,
                Instant.parse("2025-02-12T00:00:00Z"), Instant.parse("2025-02-13T00:00:00Z")));
        assertThat(call.actors()).containsExactly("trump", "putin");
        assertThat(call.issues()).isEmpty();
        assertThat(call.provenance()).isEqualTo(new ProvenanceView("kremlin", "statement",
                "close to an hour and a half", new SourceView("reuters-2025-02-12", "Reuters",
                "Trump and Putin agree to start Ukraine talks", "https://example.org/reuters/trump-putin",
                "2025-02-12T19:05:00Z")));
        assertThat(call.details()).isEqualTo(Map.of(
                "participants", List.of("trump", "putin"),
                "duration", Map.of("value", "PT1H30M", "approximate", true,
                        "asReported", "close to an hour and a half")));
        assertThat(call.recordedAt()).isEqualTo(RECORDED);
    }

    @Test
    void keepsWhatTheReportingLeavesOutAsUnspecified() {
        deliver(tracked(invitation(fact("putin-invites-trump")), 1, RECORDED));

        TimelineEntry invitation = timeline(FindTimeline.all()).get(0);

        assertThat(invitation.kind()).isEqualTo("invitation-issued");
        assertThat(invitation.provenance().quote()).isNull();
        assertThat(invitation.provenance().source()).isEqualTo(
                new SourceView("seed-article", null, null, null, "2025-02-12"));
        assertThat(invitation.details()).isEqualTo(Map.of(
                "invitation", "putin-invites-trump-to-moscow",
                "host", "putin",
                "guest", "trump",
                "venue", Map.of("kind", "NAMED", "place", "Moscow", "country", "russia")));
    }

    @Test
    void filtersByTrackActorKindIssueAndValidTime() {
        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED));
        deliver(tracked(call(US_UKRAINE, fact("trump-zelenskiy-call"), TRUMP, ZELENSKIY), 2, RECORDED));
        deliver(tracked(statement(US_UKRAINE, fact("zelenskiy-on-peace").assertedBy(ZELENSKIY), ZELENSKIY,
                "military-support", "minerals"), 3, RECORDED));
        deliver(tracked(position(US_UKRAINE, fact("us-on-nato").on("2025-02-12T09:00:00Z"),
                ActorId.of("united-states"), "nato-membership", "unrealistic"), 4, RECORDED));
        deliver(tracked(swap(fact("prisoner-swap").on("2025-02-11")), 5, RECORDED));

        assertThat(factIds(FindTimeline.all().withTrack("us-ukraine")))
                .containsExactly("trump-zelenskiy-call", "zelenskiy-on-peace", "us-on-nato");
        assertThat(factIds(FindTimeline.all().withActor("trump")))
                .containsExactly("trump-putin-call", "trump-zelenskiy-call");
        assertThat(factIds(FindTimeline.all().withActor("kremlin"))).as("the asserting actor is not what it is about")
                .isEmpty();
        assertThat(factIds(FindTimeline.all().withKind("call")))
                .containsExactly("trump-putin-call", "trump-zelenskiy-call");
        assertThat(factIds(FindTimeline.all().withIssue("minerals"))).containsExactly("zelenskiy-on-peace");
        assertThat(factIds(FindTimeline.all().withIssue("nato-membership"))).containsExactly("us-on-nato");
        assertThat(factIds(FindTimeline.all().withTrack("us-ukraine").withActor("trump").withKind("call")))
                .containsExactly("trump-zelenskiy-call");
        assertThat(factIds(FindTimeline.all().withTrack("us-russia").withActor("zelenskiy"))).isEmpty();
        assertThat(factIds(FindTimeline.all().withKind("demand"))).isEmpty();

        assertThat(factIds(FindTimeline.all().between(null, Instant.parse("2025-02-12T00:00:00Z"))))
                .containsExactly("prisoner-swap");
        assertThat(factIds(FindTimeline.all().between(Instant.parse("2025-02-12T09:00:00Z"), null)))
                .as("a day overlaps any moment of it; an instant counts at its moment")
                .containsExactly("trump-putin-call", "trump-zelenskiy-call", "zelenskiy-on-peace", "us-on-nato");
        assertThat(factIds(FindTimeline.all().between(Instant.parse("2025-02-12T09:00:01Z"), null)))
                .containsExactly("trump-putin-call", "trump-zelenskiy-call", "zelenskiy-on-peace");
        assertThat(factIds(FindTimeline.all().between(Instant.parse("2025-02-13T00:00:00Z"), null))).isEmpty();

        assertThat(count(new CountTimeline(null, null))).isEqualTo(5);
        assertThat(count(new CountTimeline("us-ukraine", null))).isEqualTo(3);
        assertThat(count(new CountTimeline("us-ukraine", "call"))).isEqualTo(1);
        assertThat(count(new CountTimeline(null, "prisoner-swap"))).isEqualTo(1);
    }

    @Test
    void blankFiltersMeanNoFilter() {
        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED));

        assertThat(factIds(new FindTimeline("", " ", "", "", null, null))).containsExactly("trump-putin-call");
    }

    @Test
    void asOfAValidTimeHoldsTheFactsThatHadBegunByThen() {
        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED));
        deliver(tracked(swap(fact("prisoner-swap").on("2025-02-11")), 2, RECORDED));
        deliver(tracked(contactSuspended(US_RUSSIA, fact("no-contact-since-invasion").on("2022-02"), RUSSIA, UKRAINE),
                3, RECORDED));

        assertThat(factIds(FindTimeline.all().asOf(Instant.parse("2025-02-11T23:59:59.999999Z"), null)))
                .containsExactly("no-contact-since-invasion", "prisoner-swap");
        assertThat(factIds(FindTimeline.all().asOf(Instant.parse("2025-02-12T00:00:00Z"), null)))
                .as("a fact belongs from the first moment of its valid time")
                .containsExactly("no-contact-since-invasion", "prisoner-swap", "trump-putin-call");
        assertThat(factIds(FindTimeline.all().asOf(Instant.parse("2022-01-31T23:59:59Z"), null))).isEmpty();
    }

    @Test
    void asOfARecordTimeHoldsTheFactsRecordedByThen() {
        Instant later = RECORDED.plusSeconds(3_600);
        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED));
        deliver(tracked(swap(fact("prisoner-swap").on("2025-02-11")), 2, later));

        assertThat(factIds(FindTimeline.all().asOf(null, RECORDED.minusNanos(1_000)))).isEmpty();
        assertThat(factIds(FindTimeline.all().asOf(null, RECORDED))).containsExactly("trump-putin-call");
        assertThat(factIds(FindTimeline.all().asOf(null, later))).containsExactly("prisoner-swap", "trump-putin-call");
        assertThat(factIds(FindTimeline.all().asOf(Instant.parse("2025-02-11T23:59:59Z"), later)))
                .containsExactly("prisoner-swap");
        assertThat(page(FindTimeline.all().asOf(null, RECORDED)).total()).isOne();
    }

    @Test
    void pagesAreDisjointInAStableOrderAndCountTheWholeTimeline() {
        for (int i = 0; i < 7; i++) {
            // same valid time and no global position: only the tie-breakers order them
            deliver(untracked(call(i % 2 == 0 ? US_RUSSIA : US_UKRAINE, fact("call-" + i), TRUMP, PUTIN), RECORDED));
        }
        deliver(tracked(swap(fact("prisoner-swap").on("2025-02-11")), 1, RECORDED));

        List<TimelinePage> pages = List.of(page(FindTimeline.all().page(0, 3)), page(FindTimeline.all().page(1, 3)),
                page(FindTimeline.all().page(2, 3)));

        assertThat(pages).extracting(TimelinePage::total).containsOnly(8L);
        assertThat(pages).extracting(TimelinePage::page).containsExactly(0, 1, 2);
        assertThat(pages).extracting(TimelinePage::size).containsOnly(3);
        List<String> paged = pages.stream().flatMap(page -> page.entries().stream()).map(TimelineEntry::factId)
                .toList();
        assertThat(paged).doesNotHaveDuplicates().hasSize(8).isEqualTo(factIds(FindTimeline.all()));
        assertThat(paged.get(0)).isEqualTo("prisoner-swap");
        assertThat(timeline(FindTimeline.all().page(3, 3))).as("past the last page").isEmpty();
        assertThat(page(FindTimeline.all().withKind("call").page(0, 2)).total()).as("the total of the filtered")
                .isEqualTo(7);
    }

    @Test
    void withoutPagingTheFirstPageOfTheDefaultSize() {
        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED));

        TimelinePage page = page(FindTimeline.all());

        assertThat(page.page()).isZero();
        assertThat(page.size()).isEqualTo(Paging.DEFAULT_SIZE).isGreaterThanOrEqualTo(27);
        assertThat(page.total()).isOne();
    }

    @Test
    void aPageBeyondTheMaximumSizeIsRefused() {
        assertThatThrownBy(() -> FindTimeline.all().page(0, Paging.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> FindTimeline.all().page(-1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> FindTimeline.all().page(Integer.MAX_VALUE, Paging.MAX_SIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond");
    }

    @Test
    void theSameEventHandledTwiceLeavesOneRow() {
        EventMessage<FactEvent> call = tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 3, RECORDED);
        deliver(tracked(statement(US_RUSSIA, fact("trump-agrees-talks").assertedBy(TRUMP), TRUMP, "territory"), 4,
                RECORDED));

        deliver(call);
        deliver(call); // the processor crashed before it stored its token, and handles the event again

        assertThat(factIds(FindTimeline.all())).containsExactly("trump-putin-call", "trump-agrees-talks");
        assertThat(timeline(FindTimeline.all()).get(0).actors()).containsExactly("trump", "putin");
        assertThat(rows("timeline_entry")).isEqualTo(2);
        assertThat(rows("timeline_actor")).isEqualTo(3);
        assertThat(rows("timeline_issue")).isEqualTo(1);
    }

    @Test
    void aBatchThatRecordsAFactTwiceKeepsTheLaterValues() {
        ProcessorBatch.handle(processor, List.of(
                tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED),
                tracked(statement(US_RUSSIA, fact("trump-agrees-talks").assertedBy(TRUMP), TRUMP, "territory"), 2,
                        RECORDED),
                tracked(call(US_RUSSIA, fact("trump-putin-call").on("2025-02-11"), TRUMP, ZELENSKIY, PUTIN), 3,
                        RECORDED.plusSeconds(1))));
        database.clear();

        TimelineEntry call = timeline(FindTimeline.all()).get(0);
        assertThat(call.factId()).isEqualTo("trump-putin-call");
        assertThat(call.actors()).containsExactly("trump", "zelenskiy", "putin");
        assertThat(call.validTime().value()).isEqualTo("2025-02-11");
        assertThat(call.recordedAt()).isEqualTo(RECORDED.plusSeconds(1));
        assertThat(rows("timeline_entry")).isEqualTo(2);
        assertThat(rows("timeline_actor")).isEqualTo(4);
    }

    @Test
    void aBatchHandledTwiceLeavesTheSameRows() {
        List<EventMessage<?>> batch = List.of(
                tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED),
                tracked(statement(US_RUSSIA, fact("trump-agrees-talks").assertedBy(TRUMP), TRUMP, "territory"), 2,
                        RECORDED));
        ProcessorBatch.handle(processor, batch);
        database.clear();
        List<TimelineEntry> once = timeline(FindTimeline.all());

        ProcessorBatch.handle(processor, batch); // the processor crashed before it stored its token
        database.clear();

        assertThat(timeline(FindTimeline.all())).isEqualTo(once);
        assertThat(rows("timeline_entry")).isEqualTo(2);
        assertThat(rows("timeline_actor")).isEqualTo(3);
        assertThat(rows("timeline_issue")).isEqualTo(1);
    }

    @Test
    void theResetEmptiesTheTables() {
        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED));
        deliver(tracked(statement(US_RUSSIA, fact("trump-agrees-talks").assertedBy(TRUMP), TRUMP, "territory"), 2,
                RECORDED));

        CommittedReset.of(processor::prepareReset);
        database.clear();

        assertThat(timeline(FindTimeline.all())).isEmpty();
        assertThat(count(new CountTimeline(null, null))).isZero();
        assertThat(rows("timeline_entry")).isZero();
        assertThat(rows("timeline_actor")).isZero();
        assertThat(rows("timeline_issue")).isZero();

        deliver(tracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), 1, RECORDED));
        assertThat(factIds(FindTimeline.all())).as("the replay fills it again").containsExactly("trump-putin-call");
    }

    @Test
    void anEventWithoutAGlobalPositionGoesAfterThePositionedOnesOfTheSameValidTime() {
        deliver(untracked(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), RECORDED));
        deliver(tracked(call(US_UKRAINE, fact("trump-zelenskiy-call"), TRUMP, ZELENSKIY), 9, RECORDED.plusSeconds(1)));
        deliver(tracked(swap(fact("prisoner-swap").on("2025-02-11")), 10, RECORDED.plusSeconds(2)));

        assertThat(factIds(FindTimeline.all()))
                .containsExactly("prisoner-swap", "trump-zelenskiy-call", "trump-putin-call");
    }

    @Test
    void aFactKindTheTimelineDoesNotKnowYetStillAppears() {
        deliver(tracked(new TruceDeclared(US_RUSSIA, fact("truce").build(), List.of(RUSSIA, UKRAINE)), 1, RECORDED));

        TimelineEntry truce = timeline(FindTimeline.all()).get(0);

        assertThat(truce.kind()).isEqualTo("truce-declared");
        assertThat(truce.actors()).containsExactly("russia", "ukraine");
        assertThat(truce.details()).isEmpty();
        assertThat(truce.provenance().assertedBy()).isEqualTo(KREMLIN.value());
    }

    record TruceDeclared(TrackId track, Fact fact, List<ActorId> actors) implements FactEvent {
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

    private List<TimelineEntry> timeline(FindTimeline query) {
        return page(query).entries();
    }

    private TimelinePage page(FindTimeline query) {
        return queries.query(query, ResponseTypes.instanceOf(TimelinePage.class)).join();
    }

    private List<String> factIds(FindTimeline query) {
        return timeline(query).stream().map(TimelineEntry::factId).toList();
    }

    private long count(CountTimeline query) {
        return queries.query(query, ResponseTypes.instanceOf(Long.class)).join();
    }

    private long rows(String table) {
        return ((Number) database.getEntityManager().createNativeQuery("select count(*) from " + table)
                .getSingleResult()).longValue();
    }
}
