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

import static com.negotiationtracker.query.state.StateEvents.referenceStory;
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
