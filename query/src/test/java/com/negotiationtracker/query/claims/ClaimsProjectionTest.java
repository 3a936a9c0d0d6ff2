package com.negotiationtracker.query.claims;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.claim.ClaimAppeared;
import com.negotiationtracker.core.claim.ClaimCorrected;
import com.negotiationtracker.core.claim.ClaimCorroborated;
import com.negotiationtracker.core.claim.ClaimDisputed;
import com.negotiationtracker.core.claim.ClaimField;
import com.negotiationtracker.core.claim.ClaimRetracted;
import com.negotiationtracker.core.claim.ClaimValue;
import com.negotiationtracker.core.claim.ReportId;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.Hedge;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackId;
import com.negotiationtracker.query.batch.ProcessorBatch;
import com.negotiationtracker.query.replay.CommittedReset;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims ledger on a real H2 database whose tables the migration {@code V5__claims.sql} created (Hibernate only
 * validates them, as in the application): events go in through Axon's annotated handler adapter, as a processor
 * delivers them, and answers come out through a query gateway, as the web layer asks.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ClaimsProjection.class, ClaimsProjectionTest.Migrated.class})
class ClaimsProjectionTest {

    static final Path MIGRATIONS = Path.of("..", "config", "src", "main", "resources", "db", "migration");

    @TestConfiguration(proxyBeanMethods = false)
    static class Migrated {

        @Bean
        DataSource dataSource() {
            return new EmbeddedDatabaseBuilder()
                    .setType(EmbeddedDatabaseType.H2)
                    .generateUniqueName(true)
                    .addScript(MIGRATIONS.resolve("h2").resolve("V5__claims.sql").toUri().toString())
                    .addScript(MIGRATIONS.resolve("h2").resolve("V20__read_model_emptying.sql").toUri().toString())
                    .build();
        }
    }

    static final ActorId ZELENSKIY_OFFICE = ActorId.of("zelenskiy-office");
    static final ActorId WHITE_HOUSE = ActorId.of("white-house");
    static final ActorId RUSSIAN_SOURCES = ActorId.of("russian-sources");
    static final Instant SEEDED = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-01-06T09:00:00Z");
    static final Instant LATER_STILL = Instant.parse("2026-01-07T09:00:00Z");

    static final Source SEED = new Source("seed-article", null, null, null, "2025-02-12");
    static final Source NEXT_DAY = new Source("example-wire-2025-02-13", "Example Wire", "Calls recounted",
            "https://wire.example/2025/02/13", "2025-02-13");
    static final Source SAME_AFTERNOON = new Source("kremlin-readout", "kremlin.ru", "Telephone conversation",
            "https://kremlin.example/readout", "2025-02-12T15:00:00Z");

    static final Fact PUTIN_CALL = fact("trump-putin-call").summary("Trump and Putin held a phone call.").build();
    static final CallHeld PUTIN_CALL_HELD = new CallHeld(US_RUSSIA, PUTIN_CALL, List.of(TRUMP, PUTIN),
            new ReportedDuration("PT1H30M", true, "close to an hour and a half"));
    static final Fact ZELENSKIY_CALL = fact("trump-zelenskiy-call").assertedBy(ZELENSKIY_OFFICE)
            .summary("Trump and Zelenskiy held a phone call.").build();
    static final ReportedDuration AN_HOUR = new ReportedDuration("PT1H", true, "around an hour");
    static final CallHeld ZELENSKIY_CALL_HELD = new CallHeld(US_UKRAINE, ZELENSKIY_CALL, List.of(TRUMP, ZELENSKIY),
            AN_HOUR);
    static final Fact THIRD_COUNTRY = fact("third-country-venue-considered").assertedBy(RUSSIAN_SOURCES)
            .channel("unnamed sources").summary("A third country is under consideration.").build();
    static final MeetingVenueConsidered VENUE_CONSIDERED = new MeetingVenueConsidered(US_RUSSIA, THIRD_COUNTRY,
            MeetingId.of("putin-trump-meeting"), Venue.thirdCountry(), List.of(PUTIN, TRUMP), List.of());

    @Autowired
    private ClaimsProjection projection;
    @Autowired
    private TestEntityManager database;

    private AnnotationEventHandlerAdapter processor;
    private QueryGateway queries;
    private long position;

    @BeforeEach
    void connectAxon() {
        processor = new AnnotationEventHandlerAdapter(projection);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    @Test
    void aRecordedFactIsAClaimThatFirstAppearedWhereItWasRecorded() {
        deliver(PUTIN_CALL_HELD, SEEDED);

        ClaimDetail call = claim(US_RUSSIA, "trump-putin-call");

        assertThat(call.id()).isEqualTo("us-russia/trump-putin-call");
        assertThat(call.kind()).isEqualTo("call");
        assertThat(call.status()).isEqualTo(ClaimStatus.ASSERTED);
        assertThat(call.assertedBy()).isEqualTo("kremlin");
        assertThat(call.actors()).containsExactlyInAnyOrder("trump", "putin", "kremlin");
        assertThat(call.firstAppearance().kind()).isEqualTo("recorded");
        assertThat(call.firstAppearance().provenance().assertedBy()).isEqualTo("kremlin");
        assertThat(call.firstAppearance().provenance().source().reference()).isEqualTo("seed-article");
        assertThat(call.firstAppearance().provenance().source().publishedAt()).isEqualTo("2025-02-12");
        assertThat(call.firstRecordedAt()).isEqualTo(SEEDED);
        assertThat(call.appearances()).hasSize(1);
        assertThat(call.events()).extracting(ClaimEventView::type).containsExactly("CallHeld");
    }

    @Test
    void aLaterOutletAddsAnAppearanceAndLeavesTheFirstOne() {
        deliver(PUTIN_CALL_HELD, SEEDED);
        deliver(appeared(PUTIN_CALL, "wire-repeats-call", new Provenance(KREMLIN, "statement", NEXT_DAY, null)),
                LATER);

        ClaimDetail call = claim(US_RUSSIA, "trump-putin-call");

        assertThat(call.firstAppearance().provenance().source().reference()).isEqualTo("seed-article");
        assertThat(call.appearances()).extracting(a -> a.provenance().source().reference())
                .containsExactly("seed-article", "example-wire-2025-02-13");
        assertThat(call.appearances().get(1).kind()).isEqualTo("appearance");
        assertThat(call.appearances().get(1).reportId()).isEqualTo("wire-repeats-call");
        assertThat(call.appearances().get(1).provenance().source().outlet()).isEqualTo("Example Wire");
        assertThat(call.status()).isEqualTo(ClaimStatus.ASSERTED);
        assertThat(summary(FindClaims.all()).claims().get(0).appearances()).isEqualTo(2);
    }

    @Test
    void anOlderSourceFoundLaterMovesTheFirstAppearanceEarlier() {
        deliver(PUTIN_CALL_HELD, SEEDED);
        deliver(appeared(PUTIN_CALL, "kremlin-readout", new Provenance(KREMLIN, "readout", SAME_AFTERNOON,
                "lasted close to an hour and a half")), LATER);

        ClaimDetail call = claim(US_RUSSIA, "trump-putin-call");

        // in print by 15:00 on the 12th proves more than "on the 12th"
        assertThat(call.firstAppearance().provenance().source().reference()).isEqualTo("kremlin-readout");
        assertThat(call.firstAppearance().provenance().source().publishedFrom())
                .isEqualTo(Instant.parse("2025-02-12T15:00:00Z"));
        assertThat(call.firstAppearance().recordedAt()).isEqualTo(LATER);
        assertThat(call.firstRecordedAt()).as("the tracker still first learnt of the claim at").isEqualTo(SEEDED);
        assertThat(call.appearances()).extracting(AppearanceView::reportId)
                .containsExactly("kremlin-readout", null);
    }

    @Test
    void aClaimAndItsLaterReportsInOneBatchAreSummarisedFromAllOfThem() {
        EventMessage<?> readout = tracked(appeared(PUTIN_CALL, "kremlin-readout", new Provenance(KREMLIN, "readout",
                SAME_AFTERNOON, "lasted close to an hour and a half")), LATER);
        EventMessage<?> wire = tracked(appeared(PUTIN_CALL, "wire-repeats-call",
                new Provenance(KREMLIN, "statement", NEXT_DAY, null)), LATER);

        // a processor's batch, in one unit of work: the fact, two appearances, and one of them handled again
        handleAsOneBatch(List.of(tracked(PUTIN_CALL_HELD, SEEDED), readout, wire, readout));

        ClaimDetail call = claim(US_RUSSIA, "trump-putin-call");
        assertThat(call.firstAppearance().provenance().source().reference()).isEqualTo("kremlin-readout");
        assertThat(call.appearances()).extracting(AppearanceView::reportId)
                .containsExactly("kremlin-readout", null, "wire-repeats-call");
        assertThat(summary(FindClaims.all()).claims().get(0).appearances()).isEqualTo(3);
        assertThat(call.events()).hasSize(3);
    }

    @Test
    void aBatchReportingOnClaimsOfEarlierBatchesReadsThemOnceAndSummarisesFromAllTheirRows() {
        handleAsOneBatch(List.of(tracked(PUTIN_CALL_HELD, SEEDED), tracked(ZELENSKIY_CALL_HELD, SEEDED)));

        handleAsOneBatch(List.of(
                tracked(appeared(PUTIN_CALL, "kremlin-readout", new Provenance(KREMLIN, "readout", SAME_AFTERNOON,
                        null)), LATER),
                tracked(appeared(ZELENSKIY_CALL, "wire-repeats-call", new Provenance(KREMLIN, "statement", NEXT_DAY,
                        null)), LATER)));

        ClaimDetail putinCall = claim(US_RUSSIA, "trump-putin-call");
        assertThat(putinCall.firstAppearance().provenance().source().reference()).isEqualTo("kremlin-readout");
        assertThat(putinCall.events()).hasSize(2);
        assertThat(claim(US_UKRAINE, "trump-zelenskiy-call").appearances()).hasSize(2);
        assertThat(summary(FindClaims.all()).claims()).extracting(ClaimSummary::appearances).containsOnly(2);
    }

    @Test
    void aBatchHandledTwiceChangesNothing() {
        List<EventMessage<?>> batch = List.of(tracked(PUTIN_CALL_HELD, SEEDED),
                tracked(appeared(PUTIN_CALL, "wire-repeats-call", new Provenance(KREMLIN, "statement", NEXT_DAY,
                        null)), LATER));
        handleAsOneBatch(batch);
        ClaimDetail once = claim(US_RUSSIA, "trump-putin-call");

        handleAsOneBatch(batch); // the processor crashed before it stored its token

        assertThat(claim(US_RUSSIA, "trump-putin-call")).isEqualTo(once);
        assertThat(summary(FindClaims.all()).total()).isEqualTo(1);
    }

    @Test
    void aDisputeShowsBothValuesWithTheirSources() {
        deliver(ZELENSKIY_CALL_HELD, SEEDED);
        ClaimValue lessThan45 = ClaimValue.of(new ReportedDuration("PT45M", Hedge.AT_MOST, "under 45 minutes"));
        deliver(new ClaimDisputed(US_UKRAINE, ZELENSKIY_CALL.id(), ReportId.of("white-house-duration"),
                ClaimField.DURATION, ClaimValue.of(AN_HOUR), ZELENSKIY_CALL.provenance(), lessThan45,
                new Provenance(WHITE_HOUSE, "briefing", NEXT_DAY, null)), LATER);

        ClaimDetail call = claim(US_UKRAINE, "trump-zelenskiy-call");

        assertThat(call.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(call.fields()).filteredOn(field -> field.field().equals("duration")).singleElement()
                .satisfies(duration -> {
                    assertThat(duration.value()).containsEntry("value", "PT1H");
                    assertThat(duration.from().assertedBy()).as("the duration comes from").isEqualTo(
                            "zelenskiy-office");
                    assertThat(duration.reportId()).isNull();
                });
        assertThat(call.disputes()).singleElement().satisfies(dispute -> {
            assertThat(dispute.field()).isEqualTo("duration");
            assertThat(dispute.claimedValue()).containsEntry("value", "PT1H").containsEntry("hedge", "approximate")
                    .containsEntry("asReported", "around an hour");
            assertThat(dispute.claimedBy().assertedBy()).isEqualTo("zelenskiy-office");
            assertThat(dispute.claimedBy().source().reference()).isEqualTo("seed-article");
            assertThat(dispute.otherValue()).containsEntry("value", "PT45M").containsEntry("hedge", "at-most");
            assertThat(dispute.disputedBy().assertedBy()).isEqualTo("white-house");
            assertThat(dispute.disputedBy().source().reference()).isEqualTo("example-wire-2025-02-13");
            assertThat(dispute.event().type()).isEqualTo("ClaimDisputed");
        });
        assertThat(call.appearances()).as("a dispute is not an appearance of the claim").hasSize(1);
        assertThat(call.actors()).contains("white-house");
    }

    @Test
    void correctionsAndRetractionsKeepTheHistoryAndSetTheStatus() {
        deliver(VENUE_CONSIDERED, SEEDED);
        assertThat(claim(US_RUSSIA, "third-country-venue-considered").fields())
                .filteredOn(field -> field.field().equals("venue")).singleElement().satisfies(venue -> {
                    assertThat(venue.value()).containsEntry("kind", "third-country").doesNotContainKey("country");
                    assertThat(venue.from().assertedBy()).isEqualTo("russian-sources");
                });
        Provenance kremlin = new Provenance(KREMLIN, "statement", NEXT_DAY, null);
        deliver(new ClaimCorroborated(US_RUSSIA, THIRD_COUNTRY.id(), ReportId.of("kremlin-confirms"), kremlin),
                LATER);
        assertThat(claim(US_RUSSIA, "third-country-venue-considered").status())
                .isEqualTo(ClaimStatus.CORROBORATED);

        deliver(new ClaimCorrected(US_RUSSIA, THIRD_COUNTRY.id(), ReportId.of("riyadh"), ClaimField.VENUE,
                ClaimValue.of(Venue.thirdCountry()), THIRD_COUNTRY.provenance(),
                ClaimValue.of(new Venue(com.negotiationtracker.core.meeting.VenueKind.THIRD_COUNTRY, "Riyadh", null)),
                kremlin), LATER);
        ClaimDetail corrected = claim(US_RUSSIA, "third-country-venue-considered");
        assertThat(corrected.status()).isEqualTo(ClaimStatus.CORRECTED);
        assertThat(corrected.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.previousValue()).containsEntry("kind", "third-country")
                    .doesNotContainKey("country");
            assertThat(correction.previousBy().assertedBy()).isEqualTo("russian-sources");
            assertThat(correction.correctedValue()).containsEntry("place", "Riyadh");
        });
        assertThat(corrected.fields()).filteredOn(field -> field.field().equals("venue")).singleElement()
                .satisfies(venue -> {
                    assertThat(venue.value()).containsEntry("place", "Riyadh");
                    assertThat(venue.from().assertedBy()).isEqualTo("kremlin");
                    assertThat(venue.reportId()).isEqualTo("riyadh");
                });

        deliver(new ClaimRetracted(US_RUSSIA, THIRD_COUNTRY.id(), ReportId.of("withdrawn"), kremlin), LATER_STILL);
        ClaimDetail retracted = claim(US_RUSSIA, "third-country-venue-considered");
        assertThat(retracted.status()).isEqualTo(ClaimStatus.RETRACTED);
        assertThat(retracted.corroborations()).hasSize(1);
        assertThat(retracted.retractions()).singleElement()
                .satisfies(retraction -> assertThat(retraction.recordedAt()).isEqualTo(LATER_STILL));
        assertThat(retracted.events()).extracting(ClaimEventView::type).containsExactly("MeetingVenueConsidered",
                "ClaimCorroborated", "ClaimCorrected", "ClaimRetracted");
    }

    @Test
    void anEventHandledTwiceChangesNothing() {
        EventMessage<?> fact = tracked(PUTIN_CALL_HELD, SEEDED);
        EventMessage<?> appearance = tracked(appeared(PUTIN_CALL, "wire-repeats-call",
                new Provenance(KREMLIN, "statement", NEXT_DAY, null)), LATER);
        handle(fact);
        handle(appearance);
        handle(fact);
        handle(appearance);

        ClaimDetail call = claim(US_RUSSIA, "trump-putin-call");
        assertThat(call.appearances()).hasSize(2);
        assertThat(call.events()).hasSize(2);
        assertThat(summary(FindClaims.all()).total()).isEqualTo(1);
    }

    @Test
    void theListIsFilteredSortedByFirstAppearanceAndPaged() {
        deliver(PUTIN_CALL_HELD, SEEDED);
        deliver(ZELENSKIY_CALL_HELD, SEEDED);
        deliver(VENUE_CONSIDERED, SEEDED);
        deliver(appeared(ZELENSKIY_CALL, "earlier-post", new Provenance(ZELENSKIY_OFFICE, "social media",
                SAME_AFTERNOON, null)), LATER);
        deliver(new ClaimDisputed(US_RUSSIA, PUTIN_CALL.id(), ReportId.of("other-duration"), ClaimField.DURATION,
                ClaimValue.of(PUTIN_CALL_HELD.duration()), PUTIN_CALL.provenance(),
                ClaimValue.of(new ReportedDuration("PT2H", Hedge.APPROXIMATE, null)),
                new Provenance(WHITE_HOUSE, "briefing", NEXT_DAY, null)), LATER);

        assertThat(ids(FindClaims.all())).containsExactly("us-ukraine/trump-zelenskiy-call",
                "us-russia/third-country-venue-considered", "us-russia/trump-putin-call");
        assertThat(ids(new FindClaims(null, null, null, null, null, null, 0, 20, true))).containsExactly(
                "us-russia/trump-putin-call", "us-russia/third-country-venue-considered",
                "us-ukraine/trump-zelenskiy-call");
        assertThat(ids(new FindClaims("zelenskiy", null, null, null, null, null, 0, 20, false)))
                .containsExactly("us-ukraine/trump-zelenskiy-call");
        assertThat(ids(new FindClaims("white-house", null, null, null, null, null, 0, 20, false)))
                .containsExactly("us-russia/trump-putin-call");
        assertThat(ids(new FindClaims(null, "example-wire-2025-02-13", null, null, null, null, 0, 20, false)))
                .containsExactly("us-russia/trump-putin-call");
        assertThat(ids(new FindClaims(null, null, "meeting-venue-considered", null, null, null, 0, 20, false)))
                .containsExactly("us-russia/third-country-venue-considered");
        assertThat(ids(new FindClaims(null, null, null, ClaimStatus.DISPUTED, null, null, 0, 20, false)))
                .containsExactly("us-russia/trump-putin-call");
        assertThat(ids(new FindClaims(null, null, "call", null, "us-russia", null, 0, 20, false)))
                .containsExactly("us-russia/trump-putin-call");
        assertThat(ids(new FindClaims(null, null, null, null, null, "trump-putin-call", 0, 20, false)))
                .containsExactly("us-russia/trump-putin-call");

        ClaimPage second = summary(FindClaims.all().page(1, 2));
        assertThat(second.claims()).extracting(ClaimSummary::id).containsExactly("us-russia/trump-putin-call");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.claims().get(0).disputes()).isEqualTo(1);
        assertThat(second.claims().get(0).status()).isEqualTo(ClaimStatus.DISPUTED);
    }

    @Test
    void anExportPagesThroughEveryClaimInFull() {
        deliver(PUTIN_CALL_HELD, SEEDED);
        deliver(ZELENSKIY_CALL_HELD, SEEDED);
        deliver(VENUE_CONSIDERED, SEEDED);
        deliver(appeared(PUTIN_CALL, "wire-repeats-call", new Provenance(KREMLIN, "statement", NEXT_DAY, null)),
                LATER);

        List<String> exported = new ArrayList<>();
        ExportClaims batch = ExportClaims.first(2);
        List<ClaimDetail> claims;
        int batches = 0;
        while (!(claims = export(batch)).isEmpty()) {
            batches++;
            claims.forEach(claim -> exported.add(claim.id() + ":" + claim.appearances().size()));
            batch = batch.after(claims.get(claims.size() - 1));
        }

        assertThat(batches).isEqualTo(2);
        assertThat(exported).containsExactly("us-russia/third-country-venue-considered:1",
                "us-russia/trump-putin-call:2", "us-ukraine/trump-zelenskiy-call:1");
    }

    @Test
    void aResetEmptiesTheLedger() {
        deliver(PUTIN_CALL_HELD, SEEDED);
        deliver(appeared(PUTIN_CALL, "wire-repeats-call", new Provenance(KREMLIN, "statement", NEXT_DAY, null)),
                LATER);

        CommittedReset.of(projection::reset);
        database.clear();

        assertThat(summary(FindClaims.all()).total()).isZero();
        assertThat(queries.query(new FindClaim("us-russia", "trump-putin-call"),
                ResponseTypes.optionalInstanceOf(ClaimDetail.class)).join()).isEmpty();
    }

    // ---- helpers ----

    private static ClaimAppeared appeared(Fact fact, String report, Provenance provenance) {
        TrackId track = fact == ZELENSKIY_CALL ? US_UKRAINE : US_RUSSIA;
        return new ClaimAppeared(track, fact.id(), ReportId.of(report), provenance);
    }

    private void deliver(Object event, Instant recordedAt) {
        handle(tracked(event, recordedAt));
    }

    private void handle(EventMessage<?> message) {
        try {
            processor.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        database.flush();
        database.clear();
    }

    private void handleAsOneBatch(List<EventMessage<?>> messages) {
        ProcessorBatch.handle(processor, messages);
        database.flush();
        database.clear();
    }

    private EventMessage<?> tracked(Object event, Instant recordedAt) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position),
                new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(), recordedAt));
    }

    private ClaimDetail claim(TrackId track, String factId) {
        Optional<ClaimDetail> claim = queries.query(new FindClaim(track.value(), factId),
                ResponseTypes.optionalInstanceOf(ClaimDetail.class)).join();
        assertThat(claim).as("claim " + track + "/" + factId).isPresent();
        return claim.get();
    }

    private ClaimPage summary(FindClaims query) {
        return queries.query(query, ResponseTypes.instanceOf(ClaimPage.class)).join();
    }

    private List<String> ids(FindClaims query) {
        return summary(query).claims().stream().map(ClaimSummary::id).toList();
    }

    private List<ClaimDetail> export(ExportClaims query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(ClaimDetail.class)).join();
    }
}
