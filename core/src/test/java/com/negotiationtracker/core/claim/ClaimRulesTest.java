package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.time.Hedge;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static com.negotiationtracker.core.testdata.TestFacts.usUkraineOpened;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Later reports about a recorded claim: appearances, corroborations, disputes, corrections and retractions. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClaimRulesTest {

    static final ActorId ZELENSKIY_OFFICE = ActorId.of("zelenskiy-office");
    static final ActorId WHITE_HOUSE = ActorId.of("white-house");

    static final FactId CALL_ID = FactId.of("trump-putin-call");
    static final Fact CALL = fact("trump-putin-call").summary("Trump and Putin held a phone call").build();
    static final ReportedDuration NINETY_MINUTES =
            new ReportedDuration("PT1H30M", true, "close to an hour and a half");
    static final CallHeld CALL_HELD = new CallHeld(US_RUSSIA, CALL, List.of(TRUMP, PUTIN), NINETY_MINUTES);

    static final Source WIRE = new Source("example-wire-2025-02-13", "Example Wire", "Trump and Putin spoke",
            "https://wire.example/2025/02/13/call", "2025-02-13");
    static final Source EARLIER_WIRE = new Source("example-wire-2025-02-12", "Example Wire", "Kremlin readout",
            "https://wire.example/2025/02/12/readout", "2025-02-12T15:00:00Z");

    /** The Kremlin's account, repeated by a later wire. */
    static final Provenance KREMLIN_IN_WIRE = new Provenance(KREMLIN, "statement", WIRE, "close to an hour and a half");
    static final Provenance WHITE_HOUSE_IN_WIRE = new Provenance(WHITE_HOUSE, "briefing", WIRE, null);
    static final Provenance ZELENSKIY_OFFICE_IN_WIRE = new Provenance(ZELENSKIY_OFFICE, "statement", WIRE, null);

    static final ReportId REPEAT = ReportId.of("wire-repeats-the-call");
    static final ReportId CONFIRMED = ReportId.of("white-house-confirms-the-call");
    static final ReportId TWO_HOURS = ReportId.of("wire-says-two-hours");
    static final ReportId CORRECTED = ReportId.of("kremlin-corrects-the-duration");
    static final ReportId RETRACTED = ReportId.of("kremlin-retracts-the-call");

    static final ClaimValue ABOUT_TWO_HOURS =
            ClaimValue.of(new ReportedDuration("PT2H", Hedge.APPROXIMATE, "about two hours"));
    static final ClaimValue MORE_THAN_AN_HOUR =
            ClaimValue.of(new ReportedDuration("PT1H", Hedge.AT_LEAST, "more than an hour"));

    static final ClaimAppeared APPEARED = new ClaimAppeared(US_RUSSIA, CALL_ID, REPEAT, KREMLIN_IN_WIRE);
    static final ClaimRetracted RETRACTION = new ClaimRetracted(US_RUSSIA, CALL_ID, RETRACTED, KREMLIN_IN_WIRE);

    final AggregateScenario<NegotiationTrack> fixture = AggregateScenario.of(NegotiationTrack.class,
            new KnownActors(java.util.Set.of(TRUMP, PUTIN, ZELENSKIY, KREMLIN, RUSSIA, UKRAINE, ZELENSKIY_OFFICE,
                    WHITE_HOUSE)));

    @Nested
    class A_later_source_repeats_a_claim {

        @Test
        void it_adds_an_appearance_and_no_second_fact() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, REPEAT, KREMLIN_IN_WIRE))
                    .expectEvents(APPEARED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void the_same_report_again_records_nothing() {
            fixture.given(usRussiaOpened(), CALL_HELD, APPEARED)
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, REPEAT, KREMLIN_IN_WIRE))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_report_id_cannot_carry_other_content() {
            fixture.given(usRussiaOpened(), CALL_HELD, APPEARED)
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, REPEAT, WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.REPORT_RECORDED_ONCE);
        }

        @Test
        void a_report_id_names_one_report_whatever_its_kind() {
            fixture.given(usRussiaOpened(), CALL_HELD, APPEARED)
                    .when(new CorroborateClaim(US_RUSSIA, CALL_ID, REPEAT, WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.REPORT_RECORDED_ONCE);
        }

        @Test
        void the_claim_must_be_recorded_first() {
            fixture.given(usRussiaOpened())
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, REPEAT, KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.CLAIM_MUST_EXIST);
        }

        @Test
        void the_claim_must_be_a_fact_of_the_same_track() {
            fixture.given(usUkraineOpened())
                    .when(new RecordAppearance(US_UKRAINE, CALL_ID, REPEAT, KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.CLAIM_MUST_EXIST);
        }

        @Test
        void the_track_must_be_open() {
            fixture.givenNoPriorActivity()
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, REPEAT, KREMLIN_IN_WIRE))
                    .expectException(AggregateNotFoundException.class);
        }

        @Test
        void the_source_in_which_the_claim_was_recorded_is_already_an_appearance() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, REPEAT, CALL.provenance()))
                    .expectRuleViolation(Rule.APPEARANCE_RECORDED_ONCE);
        }

        @Test
        void a_source_carries_an_actors_claim_once() {
            fixture.given(usRussiaOpened(), CALL_HELD, APPEARED)
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, ReportId.of("same-wire-again"),
                            new Provenance(KREMLIN, "readout", WIRE, null)))
                    .expectRuleViolation(Rule.APPEARANCE_RECORDED_ONCE);
        }

        @Test
        void the_actor_who_repeats_it_must_be_known() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, REPEAT,
                            new Provenance(ActorId.of("peskov"), "briefing", WIRE, null)))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }

        @Test
        void an_older_source_found_later_is_an_appearance_too() {
            Provenance earlier = new Provenance(KREMLIN, "statement", EARLIER_WIRE, null);
            fixture.given(usRussiaOpened(), CALL_HELD, APPEARED)
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, ReportId.of("earlier-readout"), earlier))
                    .expectEvents(new ClaimAppeared(US_RUSSIA, CALL_ID, ReportId.of("earlier-readout"), earlier));
        }

        @Test
        void a_retracted_claim_may_still_be_found_in_print() {
            fixture.given(usRussiaOpened(), CALL_HELD, RETRACTION)
                    .when(new RecordAppearance(US_RUSSIA, CALL_ID, ReportId.of("earlier-readout"),
                            new Provenance(KREMLIN, "statement", EARLIER_WIRE, null)))
                    .expectResultMessagePayload(true);
        }
    }

    @Nested
    class Another_actor_corroborates_a_claim {

        @Test
        void it_is_recorded_as_a_corroboration() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new CorroborateClaim(US_RUSSIA, CALL_ID, CONFIRMED, WHITE_HOUSE_IN_WIRE))
                    .expectEvents(new ClaimCorroborated(US_RUSSIA, CALL_ID, CONFIRMED, WHITE_HOUSE_IN_WIRE))
                    .expectResultMessagePayload(true);
        }

        @Test
        void the_same_corroboration_again_records_nothing() {
            fixture.given(usRussiaOpened(), CALL_HELD,
                            new ClaimCorroborated(US_RUSSIA, CALL_ID, CONFIRMED, WHITE_HOUSE_IN_WIRE))
                    .when(new CorroborateClaim(US_RUSSIA, CALL_ID, CONFIRMED, WHITE_HOUSE_IN_WIRE))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void the_claims_own_asserter_cannot_corroborate_it() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new CorroborateClaim(US_RUSSIA, CALL_ID, CONFIRMED, KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.CORROBORATION_BY_ANOTHER_ACTOR);
        }

        @Test
        void a_corroboration_in_a_source_that_already_carries_it_is_refused() {
            fixture.given(usRussiaOpened(), CALL_HELD,
                            new ClaimCorroborated(US_RUSSIA, CALL_ID, CONFIRMED, WHITE_HOUSE_IN_WIRE))
                    .when(new CorroborateClaim(US_RUSSIA, CALL_ID, ReportId.of("again"), WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.APPEARANCE_RECORDED_ONCE);
        }

        @Test
        void a_retracted_claim_cannot_be_corroborated() {
            fixture.given(usRussiaOpened(), CALL_HELD, RETRACTION)
                    .when(new CorroborateClaim(US_RUSSIA, CALL_ID, CONFIRMED, WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.RETRACTED_CLAIM_IS_CLOSED);
        }

        @Test
        void the_claim_must_be_recorded_first() {
            fixture.given(usRussiaOpened())
                    .when(new CorroborateClaim(US_RUSSIA, CALL_ID, CONFIRMED, WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.CLAIM_MUST_EXIST);
        }
    }

    @Nested
    class A_source_disputes_a_claim {

        @Test
        void both_values_are_recorded_each_with_its_source() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new DisputeClaim(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION, ABOUT_TWO_HOURS,
                            WHITE_HOUSE_IN_WIRE))
                    .expectEvents(new ClaimDisputed(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION,
                            ClaimValue.of(NINETY_MINUTES), CALL.provenance(), ABOUT_TWO_HOURS, WHITE_HOUSE_IN_WIRE))
                    .expectResultMessagePayload(true);
        }

        @Test
        void another_date_may_be_disputed_on_any_kind_of_claim() {
            ClaimValue eleventh = ClaimValue.of(ValidTime.of("2025-02-11"));
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new DisputeClaim(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.VALID_TIME, eleventh,
                            WHITE_HOUSE_IN_WIRE))
                    .expectEvents(new ClaimDisputed(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.VALID_TIME,
                            ClaimValue.of(ValidTime.of("2025-02-12")), CALL.provenance(), eleventh,
                            WHITE_HOUSE_IN_WIRE));
        }

        @Test
        void a_venue_with_a_named_country_is_disputed_against_the_unnamed_third_country() {
            Fact considered = fact("third-country-venue-considered").assertedBy(ActorId.of("russian-sources"))
                    .build();
            MeetingVenueConsidered venue = new MeetingVenueConsidered(US_RUSSIA, considered,
                    MeetingId.of("putin-trump-meeting"), Venue.thirdCountry(), List.of(PUTIN, TRUMP), List.of());
            ClaimValue moscow = ClaimValue.of(Venue.named("Moscow", RUSSIA));
            fixture.given(usRussiaOpened(), venue)
                    .when(new DisputeClaim(US_RUSSIA, considered.id(), TWO_HOURS, ClaimField.VENUE, moscow,
                            KREMLIN_IN_WIRE))
                    .expectEvents(new ClaimDisputed(US_RUSSIA, considered.id(), TWO_HOURS, ClaimField.VENUE,
                            ClaimValue.of(Venue.thirdCountry()), considered.provenance(), moscow, KREMLIN_IN_WIRE));
        }

        @Test
        void after_a_correction_the_dispute_is_against_the_corrected_value_and_its_source() {
            ClaimCorrected correction = new ClaimCorrected(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION,
                    ClaimValue.of(NINETY_MINUTES), CALL.provenance(), MORE_THAN_AN_HOUR, KREMLIN_IN_WIRE);
            fixture.given(usRussiaOpened(), CALL_HELD, correction)
                    .when(new DisputeClaim(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION, ABOUT_TWO_HOURS,
                            WHITE_HOUSE_IN_WIRE))
                    .expectEvents(new ClaimDisputed(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION,
                            MORE_THAN_AN_HOUR, KREMLIN_IN_WIRE, ABOUT_TWO_HOURS, WHITE_HOUSE_IN_WIRE));
        }

        @Test
        void the_same_dispute_again_records_nothing_even_after_a_correction() {
            ClaimDisputed disputed = new ClaimDisputed(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION,
                    ClaimValue.of(NINETY_MINUTES), CALL.provenance(), ABOUT_TWO_HOURS, WHITE_HOUSE_IN_WIRE);
            ClaimCorrected correction = new ClaimCorrected(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION,
                    ClaimValue.of(NINETY_MINUTES), CALL.provenance(), MORE_THAN_AN_HOUR, KREMLIN_IN_WIRE);
            fixture.given(usRussiaOpened(), CALL_HELD, disputed, correction)
                    .when(new DisputeClaim(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION, ABOUT_TWO_HOURS,
                            WHITE_HOUSE_IN_WIRE))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_dispute_gives_another_value() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new DisputeClaim(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION,
                            ClaimValue.of(NINETY_MINUTES), WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.DISPUTE_NEEDS_ANOTHER_VALUE);
        }

        @Test
        void the_field_must_be_one_the_claim_has() {
            Fact statement = fact("zelenskiy-meaningful-conversation").assertedBy(ZELENSKIY).build();
            fixture.given(usUkraineOpened(), new StatementMade(US_UKRAINE, statement, ZELENSKIY, "social media",
                            List.of()))
                    .when(new DisputeClaim(US_UKRAINE, statement.id(), TWO_HOURS, ClaimField.DURATION,
                            ABOUT_TWO_HOURS, ZELENSKIY_OFFICE_IN_WIRE))
                    .expectRuleViolation(Rule.CLAIM_FIELD_MUST_APPLY);
        }

        @Test
        void a_country_the_other_venue_names_must_be_known() {
            Fact considered = fact("third-country-venue-considered").build();
            MeetingVenueConsidered venue = new MeetingVenueConsidered(US_RUSSIA, considered,
                    MeetingId.of("putin-trump-meeting"), Venue.thirdCountry(), List.of(PUTIN, TRUMP), List.of());
            fixture.given(usRussiaOpened(), venue)
                    .when(new DisputeClaim(US_RUSSIA, considered.id(), TWO_HOURS, ClaimField.VENUE,
                            ClaimValue.of(Venue.named("Riyadh", ActorId.of("saudi-arabia"))), KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }

        @Test
        void a_retracted_claim_cannot_be_disputed() {
            fixture.given(usRussiaOpened(), CALL_HELD, RETRACTION)
                    .when(new DisputeClaim(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION, ABOUT_TWO_HOURS,
                            WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.RETRACTED_CLAIM_IS_CLOSED);
        }

        @Test
        void the_claim_must_be_recorded_first() {
            fixture.given(usRussiaOpened())
                    .when(new DisputeClaim(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION, ABOUT_TWO_HOURS,
                            WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.CLAIM_MUST_EXIST);
        }

        @Test
        void the_value_must_fit_the_field() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new DisputeClaim(US_RUSSIA, CALL_ID, TWO_HOURS, ClaimField.DURATION,
                            ClaimValue.of("two hours"), WHITE_HOUSE_IN_WIRE))
                    .withMessageContaining("field 'duration' takes a duration, not a text");
        }
    }

    @Nested
    class A_source_corrects_a_claim {

        @Test
        void the_correction_keeps_the_value_it_replaces() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new CorrectClaim(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION, MORE_THAN_AN_HOUR,
                            KREMLIN_IN_WIRE))
                    .expectEvents(new ClaimCorrected(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION,
                            ClaimValue.of(NINETY_MINUTES), CALL.provenance(), MORE_THAN_AN_HOUR, KREMLIN_IN_WIRE))
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_second_correction_replaces_the_first() {
            ClaimCorrected first = new ClaimCorrected(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION,
                    ClaimValue.of(NINETY_MINUTES), CALL.provenance(), MORE_THAN_AN_HOUR, KREMLIN_IN_WIRE);
            ReportId second = ReportId.of("kremlin-corrects-again");
            fixture.given(usRussiaOpened(), CALL_HELD, first)
                    .when(new CorrectClaim(US_RUSSIA, CALL_ID, second, ClaimField.DURATION, ABOUT_TWO_HOURS,
                            WHITE_HOUSE_IN_WIRE))
                    .expectEvents(new ClaimCorrected(US_RUSSIA, CALL_ID, second, ClaimField.DURATION,
                            MORE_THAN_AN_HOUR, KREMLIN_IN_WIRE, ABOUT_TWO_HOURS, WHITE_HOUSE_IN_WIRE));
        }

        @Test
        void a_missing_value_may_be_supplied() {
            CallHeld withoutDuration = new CallHeld(US_RUSSIA, CALL, List.of(TRUMP, PUTIN), null);
            fixture.given(usRussiaOpened(), withoutDuration)
                    .when(new CorrectClaim(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION, MORE_THAN_AN_HOUR,
                            KREMLIN_IN_WIRE))
                    .expectEvents(new ClaimCorrected(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION, null,
                            CALL.provenance(), MORE_THAN_AN_HOUR, KREMLIN_IN_WIRE));
        }

        @Test
        void the_same_correction_again_records_nothing() {
            ClaimCorrected first = new ClaimCorrected(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION,
                    ClaimValue.of(NINETY_MINUTES), CALL.provenance(), MORE_THAN_AN_HOUR, KREMLIN_IN_WIRE);
            fixture.given(usRussiaOpened(), CALL_HELD, first)
                    .when(new CorrectClaim(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION, MORE_THAN_AN_HOUR,
                            KREMLIN_IN_WIRE))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_correction_changes_the_value() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new CorrectClaim(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION,
                            ClaimValue.of(NINETY_MINUTES), KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.CORRECTION_NEEDS_ANOTHER_VALUE);
        }

        @Test
        void the_field_must_be_one_the_claim_has() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new CorrectClaim(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.VENUE,
                            ClaimValue.of(Venue.thirdCountry()), KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.CLAIM_FIELD_MUST_APPLY);
        }

        @Test
        void a_retracted_claim_cannot_be_corrected() {
            fixture.given(usRussiaOpened(), CALL_HELD, RETRACTION)
                    .when(new CorrectClaim(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION, MORE_THAN_AN_HOUR,
                            KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.RETRACTED_CLAIM_IS_CLOSED);
        }

        @Test
        void the_claim_must_be_recorded_first() {
            fixture.given(usRussiaOpened())
                    .when(new CorrectClaim(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION, MORE_THAN_AN_HOUR,
                            KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.CLAIM_MUST_EXIST);
        }
    }

    @Nested
    class A_source_retracts_a_claim {

        @Test
        void the_retraction_is_recorded_and_the_claim_stays() {
            fixture.given(usRussiaOpened(), CALL_HELD, APPEARED)
                    .when(new RetractClaim(US_RUSSIA, CALL_ID, RETRACTED, KREMLIN_IN_WIRE))
                    .expectEvents(RETRACTION)
                    .expectResultMessagePayload(true);
        }

        @Test
        void the_same_retraction_again_records_nothing() {
            fixture.given(usRussiaOpened(), CALL_HELD, RETRACTION)
                    .when(new RetractClaim(US_RUSSIA, CALL_ID, RETRACTED, KREMLIN_IN_WIRE))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_claim_is_retracted_once() {
            fixture.given(usRussiaOpened(), CALL_HELD, RETRACTION)
                    .when(new RetractClaim(US_RUSSIA, CALL_ID, ReportId.of("retracted-again"), WHITE_HOUSE_IN_WIRE))
                    .expectRuleViolation(Rule.RETRACTED_CLAIM_IS_CLOSED);
        }

        @Test
        void the_claim_must_be_recorded_first() {
            fixture.given(usRussiaOpened())
                    .when(new RetractClaim(US_RUSSIA, CALL_ID, RETRACTED, KREMLIN_IN_WIRE))
                    .expectRuleViolation(Rule.CLAIM_MUST_EXIST);
        }

        @Test
        void the_retracting_actor_must_be_known() {
            fixture.given(usRussiaOpened(), CALL_HELD)
                    .when(new RetractClaim(US_RUSSIA, CALL_ID, RETRACTED,
                            new Provenance(ActorId.of("nobody"), null, WIRE, null)))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }
    }
}
