package com.negotiationtracker.web.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Read models")
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LiveController {

    private final LiveSubscribers subscribers;

    public LiveController(LiveSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    @Operation(summary = "Server-sent events: one per fact recorded from the moment of connecting",
            description = "Named after the fact's kind, with the fact as JSON; a heartbeat comment when the store is"
                    + " quiet. Missed facts are in the timeline.")
    @GetMapping(path = "/api/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter live() {
        return subscribers.subscribe();
    }
}
