package com.negotiationtracker.web.actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.query.actor.ActorDetails;
import com.negotiationtracker.query.actor.ActorKinds;
import com.negotiationtracker.query.actor.ActorsPage;
import com.negotiationtracker.query.actor.FindActor;
import com.negotiationtracker.query.actor.FindActors;
import com.negotiationtracker.web.problem.InvalidParameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

import static com.negotiationtracker.web.timeline.QueryParameters.answer;
import static com.negotiationtracker.web.timeline.QueryParameters.asOf;
import static com.negotiationtracker.web.timeline.QueryParameters.paging;
import static com.negotiationtracker.web.timeline.QueryParameters.slug;

/**
 * The actor directory, as the record stands or stood at {@code knownAt}:
 * <ul>
 *     <li>{@code GET /api/actors}: people, offices, states ... with their roles, whom they speak for and who speaks
 *     for them, in id order, one page at a time:
 *     {@code {"knownAt": ..., "entries": [...], "page": 0, "size": 100, "total": 19,
 *     "totalExact": true}};</li>
 *     <li>{@code GET /api/actors/{id}}: one actor and the history of its profile:
 *     {@code {"actor": {...}, "knownAt": ..., "history": [...]}}; 404 when the directory did not hold it.</li>
 * </ul>
 */
@Tag(name = "Read models")
@RestController
@RequestMapping(path = "/api/actors", produces = MediaType.APPLICATION_JSON_VALUE)
public class ActorController {

    private final QueryGateway queries;

    public ActorController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @param knownAt as the record stood when (ISO-8601; a day means its end, UTC); default now
     * @param kind    {@code person}, {@code office}, {@code state}, {@code alliance}, {@code organization} or
     *                {@code unnamed-sources}: only actors of that kind
     * @param page    which page, from 0 (default 0)
     * @param size    actors a page, 1 to 1000 (default 100)
     */
    @Operation(summary = "The actor directory in id order, one page at a time")
    @GetMapping
    public ActorsPage actors(@Parameter(description = "as the record stood when: the same forms as validAt; default"
                                     + " now")
                             @RequestParam(required = false) String knownAt,
                             @Parameter(description = "person, office, state, alliance, organization or"
                                     + " unnamed-sources")
                             @RequestParam(required = false) String kind,
                             @Parameter(description = "which page, from 0 (default 0)")
                             @RequestParam(required = false) String page,
                             @Parameter(description = "entries a page, 1 to 1000 (default 100)")
                             @RequestParam(required = false) String size) {
        FindActors query = new FindActors(asOf("knownAt", knownAt), kind(kind), paging(page, size));
        return answer(queries.query(query, ResponseTypes.instanceOf(ActorsPage.class)));
    }

    /**
     * @param id      an actor id ({@code hegseth})
     * @param knownAt as the record stood when; default now
     */
    @Operation(summary = "One actor and the history of its profile")
    @ApiResponse(responseCode = "200", description = "the actor and its history", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "the directory holds no such actor (at knownAt)",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{id}")
    public ActorDetails actor(@Parameter(description = "an actor id", example = "hegseth") @PathVariable String id,
                              @Parameter(description = "as the record stood when: the same forms as validAt; default"
                                      + " now")
                              @RequestParam(required = false) String knownAt) {
        Instant asKnownAt = asOf("knownAt", knownAt);
        FindActor query = new FindActor(slug("id", id), asKnownAt);
        return answer(queries.query(query, ResponseTypes.optionalInstanceOf(ActorDetails.class)))
                .orElseThrow(() -> new ActorNotFound(id, asKnownAt));
    }

    private static ActorKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ActorKinds.of(value).orElseThrow(() -> new InvalidParameter("kind",
                "'" + value + "' is not a kind of actor; the kinds are " + String.join(", ", ActorKinds.labels())));
    }
}
