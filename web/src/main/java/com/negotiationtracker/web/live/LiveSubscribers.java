package com.negotiationtracker.web.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The clients of this instance listening to {@code /api/live}, each an open server-sent-events response. A client that
 * has gone away is dropped at the next event or heartbeat that cannot reach it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LiveSubscribers {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscribers.class);

    private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();

    /** A new listener; it hears a comment at once, so that it knows it is connected, then every new fact. */
    public SseEmitter subscribe() {
        // No timeout: the connection lasts as long as the client wants it; the heartbeats find the ones that left.
        SseEmitter emitter = new SseEmitter(0L);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(failure -> emitters.remove(emitter));
        emitters.add(emitter);
        send(emitter, () -> SseEmitter.event().comment("connected: each fact recorded from now on follows"));
        return emitter;
    }

    /** One event per fact: named after its kind, the fact as JSON its data. */
    public void publish(LiveFact fact) {
        sendToAll(() -> SseEmitter.event().name(fact.kind()).data(fact, MediaType.APPLICATION_JSON));
    }

    /** A comment that keeps idle connections (and the proxies between) open, and finds clients that left. */
    public void heartbeat() {
        sendToAll(() -> SseEmitter.event().comment("heartbeat"));
    }

    /** Ends every response, as the application shuts down. */
    public void closeAll() {
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }

    public int count() {
        return emitters.size();
    }

    private void sendToAll(Supplier<SseEmitter.SseEventBuilder> event) {
        emitters.forEach(emitter -> send(emitter, event));
    }

    /** Each emitter gets an event of its own: a built event cannot be sent twice. */
    private void send(SseEmitter emitter, Supplier<SseEmitter.SseEventBuilder> event) {
        try {
            emitter.send(event.get());
        } catch (IOException | IllegalStateException gone) {
            // The container completes the response on its own after a failed write; only forget the client here.
            emitters.remove(emitter);
            log.debug("a live client is gone: {}", gone.getMessage());
        }
    }
}
