package com.negotiationtracker.web.position;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.query.position.FindPositionHistory;
import com.negotiationtracker.query.position.FindPositions;
import com.negotiationtracker.query.position.PositionHistory;
import com.negotiationtracker.query.position.PositionsPage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.negotiationtracker.web.timeline.QueryParameters.answer;
import static com.negotiationtracker.web.timeline.QueryParameters.asOf;
import static com.negotiationtracker.web.timeline.QueryParameters.paging;
import static com.negotiationtracker.web.timeline.QueryParameters.slug;

/**
 * The parties' positions on the issues, as of any valid time and any record time:
 * <ul>
 *     <li>{@code GET /api/positions}: the stance of each party on each issue that holds at {@code validAt}, as the
 *     record stood at {@code knownAt}, one page at a time:
 *     {@code {"validAt": ..., "knownAt": ..., "entries": [...], "page": 0, "size": 100, "total": 10,
 *     "totalExact": true}};</li>
 *     <li>{@code GET /api/positions/{party}/{issue}/history}: every stance the party stated on the issue, in
 *     valid-time order, with the interval it held in and its source, as the record stood at {@code knownAt}:
 *     {@code {"party": ..., "issue": ..., "knownAt": ..., "stances": [...]}}.</li>
 * </ul>
 * Times are ISO-8601: an instant with an offset, or a day, month or year meaning its last moment (UTC); absent, now.
 */
@Tag(name = "Read models")
@RestController
@RequestMapping(path = "/api/positions", produces = MediaType.APPLICATION_JSON_VALUE)
public class PositionController {

    private final QueryGateway queries;

    public PositionController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @param validAt when in the world ({@code 2025-02-12}: by the end of the 12th); default now
     * @param knownAt as the record stood when ({@code 2025-02-12T20:00:00Z}); default now
     * @param party   an actor id: only that party's positions
     * @param issue   an issue ({@code nato-membership}): only the positions on it
     * @param page    which page, from 0 (default 0)
     * @param size    positions a page, 1 to 1000 (default 100)
     */
    @Operation(summary = "Each party's stance on each issue at a valid time, one page at a time")
    @GetMapping
    public PositionsPage positions(@Parameter(description = "when in the world: an instant with an offset"
                                           + " (2025-02-12T14:30:00Z),"
                                           + " or a day, month or year meaning its end (UTC); default now")
                                   @RequestParam(required = false) String validAt,
                                   @Parameter(description = "as the record stood when: the same forms as validAt;"
                                           + " default now")
                                   @RequestParam(required = false) String knownAt,
                                   @Parameter(description = "an actor id: only that party's positions")
                                   @RequestParam(required = false) String party,
                                   @Parameter(description = "an issue: only the positions on it",
                                           example = "nato-membership")
                                   @RequestParam(required = false) String issue,
                                   @Parameter(description = "which page, from 0 (default 0)")
                                   @RequestParam(required = false) String page,
                                   @Parameter(description = "entries a page, 1 to 1000 (default 100)")
                                   @RequestParam(required = false) String size) {
        FindPositions query = new FindPositions(asOf("validAt", validAt), asOf("knownAt", knownAt),
                slug("party", party), slug("issue", issue), paging(page, size));
        return answer(queries.query(query, ResponseTypes.instanceOf(PositionsPage.class)));
    }

    /**
     * @param party   an actor id
     * @param issue   an issue
     * @param knownAt as the record stood when; default now
     */
    @Operation(summary = "Every stance one party stated on one issue, in valid-time order",
            description = "The history of one party on one issue: bounded by what the dossiers record about that pair,"
                    + " so it is answered whole, not paged.")
    @GetMapping("/{party}/{issue}/history")
    public PositionHistory history(@Parameter(description = "an actor id", example = "ukraine")
                                   @PathVariable String party,
                                   @Parameter(description = "an issue", example = "territory")
                                   @PathVariable String issue,
                                   @Parameter(description = "as the record stood when: the same forms as validAt;"
                                           + " default now")
                                   @RequestParam(required = false) String knownAt) {
        FindPositionHistory query = new FindPositionHistory(slug("party", party), slug("issue", issue),
                asOf("knownAt", knownAt));
        return answer(queries.query(query, ResponseTypes.instanceOf(PositionHistory.class)));
    }
}
