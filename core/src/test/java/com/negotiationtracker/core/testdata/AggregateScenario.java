package com.negotiationtracker.core.testdata;

import com.negotiationtracker.core.actor.ActorDirectory;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.track.EventStoreRecordedFacts;
import com.negotiationtracker.core.track.NegotiationCommandTargets;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import static org.hamcrest.Matchers.containsString;

/**
 * Axon's {@link AggregateTestFixture}, set up as the application sets up the aggregates: commands routed by
 * {@link NegotiationCommandTargets}, an {@link ActorDirectory} and the stream's recorded facts injected into the
 * handlers. Adds one expectation
 * in the domain's words: a command refused for breaking a named {@link Rule}, with nothing recorded.
 */
public final class AggregateScenario<T> {

    private final Class<T> aggregateType;
    private final ActorDirectory directory;
    private Object[] givenEvents = new Object[0];

    private AggregateScenario(Class<T> aggregateType, ActorDirectory directory) {
        this.aggregateType = aggregateType;
        this.directory = directory;
    }

    public static <T> AggregateScenario<T> of(Class<T> aggregateType, ActorDirectory directory) {
        return new AggregateScenario<>(aggregateType, directory);
    }

    public AggregateScenario<T> givenNoPriorActivity() {
        givenEvents = new Object[0];
        return this;
    }

    /** Events already in the stream the command of {@link #when} is routed to. */
    public AggregateScenario<T> given(Object... events) {
        givenEvents = events.clone();
        return this;
    }

    /** Handles the command on a fresh fixture, so that every scenario starts from its own given events. */
    public Outcome<T> when(Object command) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregateType);
        fixture.registerCommandTargetResolver(new NegotiationCommandTargets());
        fixture.registerInjectableResource(directory);
        // reports about a claim read its fact back from the stream: here the fixture's given and recorded events
        fixture.registerInjectableResource(new EventStoreRecordedFacts(fixture.getEventStore()));
        ResultValidator<T> result = givenEvents.length == 0
                ? fixture.givenNoPriorActivity().when(command)
                : fixture.given(givenEvents).when(command);
        return new Outcome<>(result);
    }

    /** What handling the command did, checked with the fixture's own validator. */
    public static final class Outcome<T> {

        private final ResultValidator<T> result;

        private Outcome(ResultValidator<T> result) {
            this.result = result;
        }

        public Outcome<T> expectSuccessfulHandlerExecution() {
            result.expectSuccessfulHandlerExecution();
            return this;
        }

        /** The handler's return value: whether it recorded anything. */
        public Outcome<T> expectResultMessagePayload(Object expected) {
            result.expectSuccessfulHandlerExecution().expectResultMessagePayload(expected);
            return this;
        }

        /** Exactly these events, in this order, were recorded. */
        public Outcome<T> expectEvents(Object... expected) {
            result.expectSuccessfulHandlerExecution().expectEvents(expected);
            return this;
        }

        public Outcome<T> expectNoEvents() {
            result.expectNoEvents();
            return this;
        }

        /** The command was refused for breaking the given rule, and nothing was recorded. */
        public Outcome<T> expectRuleViolation(Rule rule) {
            result.expectException(violationOf(rule)).expectNoEvents();
            return this;
        }

        public Outcome<T> expectException(Class<? extends Throwable> type) {
            result.expectException(type).expectNoEvents();
            return this;
        }

        public Outcome<T> expectExceptionMessageContaining(String text) {
            result.expectExceptionMessage(containsString(text));
            return this;
        }
    }

    /** Matches a {@link RuleViolation} of the given rule. */
    public static Matcher<RuleViolation> violationOf(Rule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of the rule '" + rule.statement() + "' (" + rule.name() + ")");
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("broke " + violation.rule().name() + ": " + violation.getMessage());
            }
        };
    }
}
