package com.negotiationtracker.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.query.replay.ReplayAlreadyRunning;
import com.negotiationtracker.query.replay.ReplayProgress;
import com.negotiationtracker.query.replay.ReplayService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/admin/replay} rebuilds every read model from the event store; {@code GET /api/admin/replay} tells
 * how far it got: the state of the latest replay on this instance and each processor's position against the head of
 * the store.
 */
@Tag(name = "Administration")
@RestController
@RequestMapping(path = "/api/admin/replay", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReplayController {

    private final ReplayService replays;

    public ReplayController(ReplayService replays) {
        this.replays = replays;
    }

    /** 202 Accepted with the progress so far; its {@code Location} is where to follow it. 409 while one runs. */
    @Operation(summary = "Rebuilds every read model from the event store (ADMIN)",
            description = "202 Accepted with the progress so far; its Location is where to follow it.")
    @ApiResponse(responseCode = "202", description = "the replay started; its progress so far",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "a replay is already running",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping
    public ResponseEntity<ReplayProgress> replay() {
        try {
            ReplayProgress started = replays.replay();
            return ResponseEntity.accepted()
                    .location(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
                    .body(started);
        } catch (ReplayAlreadyRunning running) {
            throw new ReplayInProgress(running);
        }
    }

    @Operation(summary = "How far the latest replay got, and each processor's position against the store's head")
    @GetMapping
    public ReplayProgress progress() {
        return replays.progress();
    }
}
