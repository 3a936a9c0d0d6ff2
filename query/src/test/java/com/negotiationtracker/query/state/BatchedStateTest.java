package com.negotiationtracker.query.state;

import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static com.negotiationtracker.query.state.StateEvents.call;
import static com.negotiationtracker.query.state.StateEvents.contactSuspended;
import static com.negotiationtracker.query.state.StateEvents.importedPlus;
import static com.negotiationtracker.query.state.StateEvents.person;
import static com.negotiationtracker.query.state.StateEvents.personRevised;
import static com.negotiationtracker.query.state.StateEvents.recorded;
import static com.negotiationtracker.query.state.StateEvents.referenceStory;
import static com.negotiationtracker.query.state.StateEvents.state;
import static com.negotiationtracker.query.state.StateReading.channel;
import static com.negotiationtracker.query.state.StateReading.time;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events handled as a processor's batch, where the projection reads each subject's inputs and rows once and keeps
 * them in memory until the batch ends: the rows are those of the same events handled one at a time.
 */
class BatchedStateTest {

    private final StateFixture oneByOne = new StateFixture();
    private final StateFixture batched = new StateFixture();

    @AfterEach
    void close() {
        oneByOne.close();
        batched.close();
    }

    @Test
    void the_reference_story_in_one_batch_gives_the_rows_of_one_event_at_a_time() {
        oneByOne.deliver(referenceStory());

        batched.deliverAsOneBatch(referenceStory());

        assertThat(batched.tables()).isEqualTo(oneByOne.tables());
    }

    @Test
    void the_reference_story_in_batches_of_three_gives_the_rows_of_one_event_at_a_time() {
        List<EventMessage<?>> story = referenceStory();
        oneByOne.deliver(story);

        for (int start = 0; start < story.size(); start += 3) {
            batched.deliverAsOneBatch(story.subList(start, Math.min(story.size(), start + 3)));
        }

        assertThat(batched.tables()).isEqualTo(oneByOne.tables());
    }

    @Test
    void an_earlier_fact_recorded_later_in_the_same_batch_changes_the_rows_held_for_the_batch() {
        List<EventMessage<?>> events = List.of(
                recorded(state(UNITED_STATES), importedPlus(0)), recorded(state(RUSSIA), importedPlus(1)),
                recorded(person(TRUMP, UNITED_STATES), importedPlus(2)), recorded(person(PUTIN, RUSSIA),
                        importedPlus(3)), recorded(usRussiaOpened(), importedPlus(4)),
                recorded(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), importedPlus(10)),
                recorded(contactSuspended(US_RUSSIA, fact("no-contact-since-invasion").on("2022-02"), UNITED_STATES,
                        RUSSIA), importedPlus(20)),
                recorded(call(US_RUSSIA, fact("second-call").on("2025-03-01"), TRUMP, PUTIN), importedPlus(30)));
        oneByOne.deliver(events);

        batched.deliverAsOneBatch(events);

        assertThat(batched.tables()).isEqualTo(oneByOne.tables());
        assertThat(channel(batched.at("2024-01", importedPlus(20)), "russia", "united-states").orElseThrow()
                .since()).isEqualTo(time("2022-02"));
    }

    @Test
    void events_in_reverse_record_order_in_one_batch_give_the_rows_of_the_record_order() {
        oneByOne.deliver(referenceStory());
        List<EventMessage<?>> reversed = new ArrayList<>(referenceStory());
        Collections.reverse(reversed);

        batched.deliverAsOneBatch(reversed);

        assertThat(batched.tables()).isEqualTo(oneByOne.tables());
    }

    @Test
    void a_profile_revised_within_the_batch_moves_the_facts_to_other_channels_as_one_at_a_time_does() {
        List<EventMessage<?>> events = new ArrayList<>(referenceStory());
        events.add(recorded(personRevised(TRUMP, RUSSIA), 1, importedPlus(100)));
        events.add(recorded(call(US_RUSSIA, fact("after-revision-call").on("2025-04-01"), TRUMP, PUTIN),
                importedPlus(101)));
        oneByOne.deliver(events);

        batched.deliverAsOneBatch(events);

        assertThat(batched.tables()).isEqualTo(oneByOne.tables());
    }

    @Test
    void every_event_twice_in_one_batch_changes_nothing() {
        oneByOne.deliver(referenceStory());
        List<EventMessage<?>> twice = new ArrayList<>();
        referenceStory().forEach(event -> {
            twice.add(event);
            twice.add(event);
        });

        batched.deliverAsOneBatch(twice);

        assertThat(batched.tables()).isEqualTo(oneByOne.tables());
    }
}
