package com.negotiationtracker.web.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/live}: server-sent events, one per fact recorded from the moment of connecting, named after the
 * fact's kind ({@code event: call}) with the fact as JSON ({@link LiveFact}); a {@code :heartbeat} comment when the
 * store is quiet. A client that reconnects hears what is recorded from then on: missed facts are in the timeline.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LiveController {

    private final LiveSubscribers subscribers;

    public LiveController(LiveSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping(path = "/api/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter live() {
        return subscribers.subscribe();
    }
}
