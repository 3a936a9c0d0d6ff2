package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorProfileRevised;
import com.negotiationtracker.core.actor.ActorRegistered;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.state.StateEvents.UKRAINE_PEACE;
import static com.negotiationtracker.query.state.StateEvents.call;
import static com.negotiationtracker.query.state.StateEvents.importedPlus;
import static com.negotiationtracker.query.state.StateEvents.person;
import static com.negotiationtracker.query.state.StateEvents.recorded;
import static com.negotiationtracker.query.state.StateEvents.referenceStory;
import static com.negotiationtracker.query.state.StateEvents.state;
import static com.negotiationtracker.query.state.StateReading.channel;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channels gather facts of every track and profiles of every actor, which a processor's segments handle at the same
 * time, each in its own transaction. Whichever commits last must still see what the other wrote.
 */
class ConcurrentSegmentsTest {

    /** Shorter than H2's lock timeout (2 s), so that a segment waiting for the channels' lock gets it. */
    private static final long HOLD_MILLIS = 1_500;

    @Test
    void segments_handling_the_directory_and_the_tracks_at_the_same_time_lose_nothing() throws Exception {
        List<EventMessage<?>> story = referenceStory();
        List<EventMessage<?>> directory = story.stream().filter(ConcurrentSegmentsTest::isDirectory).toList();
        List<EventMessage<?>> tracks = story.stream().filter(event -> !isDirectory(event)).toList();
        // a thread for each segment, as a processor has (the common pool may have only one on a small machine)
        ExecutorService segments = Executors.newFixedThreadPool(2);
        try (StateFixture oneAfterTheOther = new StateFixture(); StateFixture together = new StateFixture()) {
            oneAfterTheOther.deliver(story);

            CountDownLatch directoryHandled = new CountDownLatch(1);
            CountDownLatch tracksHandled = new CountDownLatch(1);
            // The directory's segment keeps its profiles uncommitted until the tracks' segment has handled its facts
            // (or has waited a while: with the channels' lock it waits for this commit before it handles the calls).
            CompletableFuture<Void> directorySegment = CompletableFuture.runAsync(() ->
                    together.deliverInOneTransaction(directory, () -> {
                        directoryHandled.countDown();
                        await(tracksHandled, HOLD_MILLIS);
                    }), segments);
            await(directoryHandled, 10_000);
            CompletableFuture<Void> trackSegment = CompletableFuture.runAsync(() ->
                    together.deliverInOneTransaction(tracks, tracksHandled::countDown), segments);
            CompletableFuture.allOf(directorySegment, trackSegment).get(30, TimeUnit.SECONDS);

            assertThat(together.tables()).isEqualTo(oneAfterTheOther.tables());
        } finally {
            segments.shutdownNow();
        }
    }

    @Test
    void a_segment_extends_a_channel_with_what_another_segment_committed_meanwhile() throws Exception {
        List<EventMessage<?>> before = List.of(
                recorded(state(UNITED_STATES), importedPlus(0)), recorded(state(RUSSIA), importedPlus(1)),
                recorded(person(TRUMP, UNITED_STATES), importedPlus(2)), recorded(person(PUTIN, RUSSIA),
                        importedPlus(3)),
                recorded(call(US_RUSSIA, fact("first-call").on("2025-02-12"), TRUMP, PUTIN), importedPlus(10)));
        // two tracks, so two segments, each with a call on the same channel
        EventMessage<?> onOneTrack = recorded(call(US_RUSSIA, fact("second-call").on("2025-03-18"), TRUMP, PUTIN),
                importedPlus(20));
        EventMessage<?> onAnother = recorded(call(UKRAINE_PEACE, fact("third-call").on("2025-05-19"), TRUMP, PUTIN),
                importedPlus(30));
        ExecutorService segments = Executors.newFixedThreadPool(2);
        try (StateFixture oneAfterTheOther = new StateFixture(); StateFixture together = new StateFixture()) {
            oneAfterTheOther.deliver(before);
            oneAfterTheOther.deliver(List.of(onOneTrack, onAnother));
            together.deliver(before);

            CountDownLatch firstWritten = new CountDownLatch(1);
            CountDownLatch secondStarting = new CountDownLatch(1);
            // the first segment's batch stays uncommitted until the second has begun its own batch and waited a while
            CompletableFuture<Void> first = CompletableFuture.runAsync(() ->
                    together.deliverAsOneBatch(List.of(onOneTrack), () -> {
                        firstWritten.countDown();
                        await(secondStarting, 10_000);
                        sleep(500);
                    }), segments);
            await(firstWritten, 10_000);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                secondStarting.countDown();
                together.deliverAsOneBatch(List.of(onAnother));
            }, segments);
            CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);

            assertThat(together.tables()).isEqualTo(oneAfterTheOther.tables());
            assertThat(channel(together.at("2025-06-01"), "russia", "united-states").orElseThrow()
                    .contactsCount()).isEqualTo(3);
        } finally {
            segments.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isDirectory(EventMessage<?> event) {
        return event.getPayload() instanceof ActorRegistered || event.getPayload() instanceof ActorProfileRevised;
    }

    private static void await(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
