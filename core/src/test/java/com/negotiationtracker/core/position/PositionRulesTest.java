package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static com.negotiationtracker.core.testdata.TestFacts.usUkraineOpened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Positions, demands, proposals and security guarantees: what parties want and offer. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PositionRulesTest {

    private static final ActorId HEGSETH = ActorId.of("hegseth");
    private static final ActorId FRANCE = ActorId.of("france");
    private static final ActorId GERMANY = ActorId.of("germany");
    private static final ActorId UNKNOWN = ActorId.of("atlantis");
    private static final Issue NATO_MEMBERSHIP = Issue.of("nato-membership");
    private static final Issue NEUTRALITY = Issue.of("neutrality");
    private static final Issue MINERALS = Issue.of("minerals");
    private static final Issue SECURITY_GUARANTEES = Issue.of("security-guarantees");

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, new KnownActors(Set.of(
                HEGSETH, FRANCE, GERMANY, UNITED_STATES, RUSSIA, UKRAINE, ZELENSKIY, KREMLIN)));
    }

    @Nested
    class A_party_states_a_position {

        private final Fact natoUnrealistic = fact("hegseth-nato-unrealistic").assertedBy(HEGSETH)
                .quote("unrealistic").build();

        @Test
        void a_position_is_recorded() {
            fixture.given(usUkraineOpened())
                    .when(new StatePosition(US_UKRAINE, natoUnrealistic, UNITED_STATES, NATO_MEMBERSHIP, "unrealistic"))
                    .expectEvents(new PositionStated(US_UKRAINE, natoUnrealistic, UNITED_STATES, NATO_MEMBERSHIP,
                            "unrealistic"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void recording_the_same_position_again_records_nothing() {
            fixture.given(usUkraineOpened(), new PositionStated(US_UKRAINE, natoUnrealistic, UNITED_STATES,
                            NATO_MEMBERSHIP, "unrealistic"))
                    .when(new StatePosition(US_UKRAINE, natoUnrealistic, UNITED_STATES, NATO_MEMBERSHIP, "unrealistic"))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_recorded_position_keeps_its_stance() {
            fixture.given(usUkraineOpened(), new PositionStated(US_UKRAINE, natoUnrealistic, UNITED_STATES,
                            NATO_MEMBERSHIP, "unrealistic"))
                    .when(new StatePosition(US_UKRAINE, natoUnrealistic, UNITED_STATES, NATO_MEMBERSHIP, "possible"))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void the_party_must_be_known() {
            fixture.given(usUkraineOpened())
                    .when(new StatePosition(US_UKRAINE, natoUnrealistic, UNKNOWN, NATO_MEMBERSHIP, "unrealistic"))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }

        @Test
        void a_position_needs_a_stance() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new StatePosition(US_UKRAINE, natoUnrealistic, UNITED_STATES, NATO_MEMBERSHIP,
                            " "))
                    .withMessageContaining("needs a stance");
        }
    }

    @Nested
    class A_party_makes_a_demand {

        private final Fact neutralityDemand = fact("moscow-demands-neutrality").on("2025-02").build();

        @Test
        void a_demand_is_recorded() {
            fixture.given(usRussiaOpened())
                    .when(new MakeDemand(US_RUSSIA, neutralityDemand, RUSSIA, UKRAINE, NEUTRALITY,
                            "permanent neutrality"))
                    .expectEvents(new DemandMade(US_RUSSIA, neutralityDemand, RUSSIA, UKRAINE, NEUTRALITY,
                            "permanent neutrality"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void recording_the_same_demand_again_records_nothing() {
            fixture.given(usRussiaOpened(), new DemandMade(US_RUSSIA, neutralityDemand, RUSSIA, UKRAINE, NEUTRALITY,
                            "permanent neutrality"))
                    .when(new MakeDemand(US_RUSSIA, neutralityDemand, RUSSIA, UKRAINE, NEUTRALITY,
                            "permanent neutrality"))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_recorded_demand_keeps_its_addressee() {
            fixture.given(usRussiaOpened(), new DemandMade(US_RUSSIA, neutralityDemand, RUSSIA, UKRAINE, NEUTRALITY,
                            "permanent neutrality"))
                    .when(new MakeDemand(US_RUSSIA, neutralityDemand, RUSSIA, UNITED_STATES, NEUTRALITY,
                            "permanent neutrality"))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void the_addressee_of_a_demand_must_be_known() {
            fixture.given(usRussiaOpened())
                    .when(new MakeDemand(US_RUSSIA, neutralityDemand, RUSSIA, UNKNOWN, NEUTRALITY,
                            "permanent neutrality"))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }
    }

    @Nested
    class A_party_makes_a_proposal {

        private final Fact mineralsProposal = fact("zelenskiy-proposes-minerals").assertedBy(ZELENSKIY).build();

        @Test
        void a_proposal_is_recorded() {
            fixture.given(usUkraineOpened())
                    .when(new MakeProposal(US_UKRAINE, mineralsProposal, ZELENSKIY, UNITED_STATES, MINERALS,
                            "US investment in Ukrainian minerals"))
                    .expectEvents(new ProposalMade(US_UKRAINE, mineralsProposal, ZELENSKIY, UNITED_STATES, MINERALS,
                            "US investment in Ukrainian minerals"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void recording_the_same_proposal_again_records_nothing() {
            fixture.given(usUkraineOpened(), new ProposalMade(US_UKRAINE, mineralsProposal, ZELENSKIY,
                            UNITED_STATES, MINERALS, "US investment in Ukrainian minerals"))
                    .when(new MakeProposal(US_UKRAINE, mineralsProposal, ZELENSKIY, UNITED_STATES, MINERALS,
                            "US investment in Ukrainian minerals"))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_recorded_proposal_keeps_its_content() {
            fixture.given(usUkraineOpened(), new ProposalMade(US_UKRAINE, mineralsProposal, ZELENSKIY,
                            UNITED_STATES, MINERALS, "US investment in Ukrainian minerals"))
                    .when(new MakeProposal(US_UKRAINE, mineralsProposal, ZELENSKIY, UNITED_STATES, MINERALS,
                            "rare earths"))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void the_proposer_must_be_known() {
            fixture.given(usUkraineOpened())
                    .when(new MakeProposal(US_UKRAINE, mineralsProposal, UNKNOWN, UNITED_STATES, MINERALS,
                            "US investment in Ukrainian minerals"))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }
    }

    @Nested
    class Guarantors_offer_security_guarantees {

        private final Fact europeanGuarantees = fact("europe-offers-guarantees").assertedBy(FRANCE)
                .quote("even if immediate NATO membership is not attainable").build();

        @Test
        void an_offer_of_guarantees_is_recorded() {
            fixture.given(usUkraineOpened())
                    .when(new OfferSecurityGuarantee(US_UKRAINE, europeanGuarantees, List.of(FRANCE, GERMANY),
                            UKRAINE, "even without NATO membership"))
                    .expectEvents(new SecurityGuaranteeOffered(US_UKRAINE, europeanGuarantees,
                            List.of(FRANCE, GERMANY), UKRAINE, "even without NATO membership"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void recording_the_same_offer_again_records_nothing() {
            fixture.given(usUkraineOpened(), new SecurityGuaranteeOffered(US_UKRAINE, europeanGuarantees,
                            List.of(FRANCE, GERMANY), UKRAINE, "even without NATO membership"))
                    .when(new OfferSecurityGuarantee(US_UKRAINE, europeanGuarantees, List.of(FRANCE, GERMANY),
                            UKRAINE, "even without NATO membership"))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_recorded_offer_keeps_its_guarantors() {
            fixture.given(usUkraineOpened(), new SecurityGuaranteeOffered(US_UKRAINE, europeanGuarantees,
                            List.of(FRANCE, GERMANY), UKRAINE, "even without NATO membership"))
                    .when(new OfferSecurityGuarantee(US_UKRAINE, europeanGuarantees, List.of(FRANCE),
                            UKRAINE, "even without NATO membership"))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void every_guarantor_must_be_known() {
            fixture.given(usUkraineOpened())
                    .when(new OfferSecurityGuarantee(US_UKRAINE, europeanGuarantees, List.of(FRANCE, UNKNOWN),
                            UKRAINE, "even without NATO membership"))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }

        @Test
        void the_beneficiary_must_be_known() {
            fixture.given(usUkraineOpened())
                    .when(new OfferSecurityGuarantee(US_UKRAINE, europeanGuarantees, List.of(FRANCE), UNKNOWN,
                            "even without NATO membership"))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }

        @Test
        void a_guarantee_needs_a_guarantor() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new OfferSecurityGuarantee(US_UKRAINE, europeanGuarantees, List.of(), UKRAINE,
                            "terms"))
                    .withMessageContaining("at least one guarantor");
        }
    }

    @Test
    void an_issue_is_a_slug() {
        assertThatIllegalArgumentException().isThrownBy(() -> Issue.of("Security Guarantees"));
        assertThat(SECURITY_GUARANTEES.value()).isEqualTo("security-guarantees");
    }
}
