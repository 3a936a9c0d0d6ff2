package com.negotiationtracker.web.live;

import com.negotiationtracker.core.track.FactEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Follows the event store from its head, on a thread of this instance, and hands every newly recorded fact to the
 * live subscribers, with a heartbeat when the store is quiet.
 * <p>
 * Each instance reads the store for itself, rather than through a shared event processor: instances sharing a
 * database split a processor's segments between them, and a client connected to any instance must hear every fact,
 * wherever it was recorded. Nothing is stored, so nothing is replayed: a restart starts again from the head.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final EventStore eventStore;
    private final LiveSubscribers subscribers;
    private final Duration heartbeat;
    private volatile boolean running;
    private Thread tail;

    public LiveFeed(EventStore eventStore, LiveSubscribers subscribers,
                    @Value("${tracker.live.heartbeat:PT15S}") Duration heartbeat) {
        this.eventStore = eventStore;
        this.subscribers = subscribers;
        this.heartbeat = heartbeat;
    }

    @Override
    public synchronized void start() {
        TrackingToken head = eventStore.createHeadToken();
        running = true;
        tail = new Thread(() -> follow(head), "live-feed");
        tail.setDaemon(true);
        tail.start();
    }

    /** Stops following the store and ends every open response, so that no client holds up the shutdown. */
    @Override
    public synchronized void stop() {
        running = false;
        if (tail != null) {
            tail.interrupt();
            try {
                tail.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tail = null;
        }
        subscribers.closeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Reads on from {@code position} (exclusive); after a failure, opens the store again where it left off. */
    private void follow(TrackingToken position) {
        long nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
        while (running) {
            try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(position)) {
                while (running) {
                    long wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextHeartbeat - System.nanoTime()));
                    if (events.hasNextAvailable((int) Math.min(wait, Integer.MAX_VALUE), TimeUnit.MILLISECONDS)) {
                        TrackedEventMessage<?> event = events.nextAvailable();
                        position = event.trackingToken();
                        publish(event);
                    }
                    if (System.nanoTime() - nextHeartbeat >= 0) {
                        subscribers.heartbeat();
                        nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
                    }
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                if (!running) {
                    return;
                }
                log.warn("The live feed could not read the event store; it tries again in {}", RETRY_DELAY, failed);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private void publish(TrackedEventMessage<?> event) {
        if (!FactEvent.class.isAssignableFrom(event.getPayloadType())) {
            return;
        }
        try {
            subscribers.publish(LiveFact.of((FactEvent) event.getPayload(), event.getTimestamp()));
        } catch (RuntimeException unreadable) {
            log.warn("The live feed skipped event {} ({}): {}", event.getIdentifier(),
                    event.getPayloadType().getName(), unreadable.getMessage());
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(RETRY_DELAY.toMillis());
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
