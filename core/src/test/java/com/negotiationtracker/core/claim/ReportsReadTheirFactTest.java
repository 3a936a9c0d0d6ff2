package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.track.EventStoreRecordedFacts;
import com.negotiationtracker.core.track.NegotiationCommandTargets;
import com.negotiationtracker.core.track.NegotiationTrack;
import com.negotiationtracker.core.track.RecordedFacts;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.negotiationtracker.core.claim.ClaimRulesTest.CALL_HELD;
import static com.negotiationtracker.core.claim.ClaimRulesTest.CALL_ID;
import static com.negotiationtracker.core.claim.ClaimRulesTest.KREMLIN_IN_WIRE;
import static com.negotiationtracker.core.claim.ClaimRulesTest.MORE_THAN_AN_HOUR;
import static com.negotiationtracker.core.claim.ClaimRulesTest.REPEAT;
import static com.negotiationtracker.core.claim.ClaimRulesTest.RETRACTED;
import static com.negotiationtracker.core.claim.ClaimRulesTest.CONFIRMED;
import static com.negotiationtracker.core.claim.ClaimRulesTest.CORRECTED;
import static com.negotiationtracker.core.claim.ClaimRulesTest.WHITE_HOUSE;
import static com.negotiationtracker.core.claim.ClaimRulesTest.WHITE_HOUSE_IN_WIRE;
import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A track keeps digests of each fact's own appearance and asserter, not the fact: appearances, corroborations and
 * retractions are decided on those, and only a dispute or correction, which name the value held, read the fact back
 * from the stream (a row of the event table in the application: the import's main cost per report).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportsReadTheirFactTest {

    private int reads;

    @Test
    void an_appearance_a_corroboration_and_a_retraction_are_decided_without_reading_the_fact() {
        handle(new RecordAppearance(US_RUSSIA, CALL_ID, REPEAT, KREMLIN_IN_WIRE));
        handle(new CorroborateClaim(US_RUSSIA, CALL_ID, CONFIRMED, WHITE_HOUSE_IN_WIRE));
        handle(new RetractClaim(US_RUSSIA, CALL_ID, RETRACTED, KREMLIN_IN_WIRE));

        assertThat(reads).isZero();
    }

    @Test
    void a_correction_reads_the_fact_once() {
        handle(new CorrectClaim(US_RUSSIA, CALL_ID, CORRECTED, ClaimField.DURATION, MORE_THAN_AN_HOUR,
                KREMLIN_IN_WIRE));

        assertThat(reads).isEqualTo(1);
    }

    private void handle(Object command) {
        AggregateTestFixture<NegotiationTrack> fixture = new AggregateTestFixture<>(NegotiationTrack.class);
        fixture.registerCommandTargetResolver(new NegotiationCommandTargets());
        fixture.registerInjectableResource(new KnownActors(Set.of(TRUMP, PUTIN, KREMLIN, WHITE_HOUSE)));
        RecordedFacts store = new EventStoreRecordedFacts(fixture.getEventStore());
        fixture.registerInjectableResource((RecordedFacts) (stream, sequence) -> {
            reads++;
            return store.fact(stream, sequence);
        });
        fixture.given(usRussiaOpened(), CALL_HELD).when(command).expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true);
    }
}
