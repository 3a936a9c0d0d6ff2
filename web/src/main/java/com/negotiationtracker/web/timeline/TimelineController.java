package com.negotiationtracker.web.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.query.timeline.FindTimeline;
import com.negotiationtracker.query.timeline.TimelinePage;
import com.negotiationtracker.web.problem.InvalidParameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

import static com.negotiationtracker.web.timeline.QueryParameters.answer;
import static com.negotiationtracker.web.timeline.QueryParameters.asOf;
import static com.negotiationtracker.web.timeline.QueryParameters.kind;
import static com.negotiationtracker.web.timeline.QueryParameters.paging;
import static com.negotiationtracker.web.timeline.QueryParameters.slug;

/**
 * {@code GET /api/timeline}: the recorded facts in valid-time order, then in the order they were recorded, as the
 * timeline read model answers them through the query bus; one page at a time:
 * {@code {"entries": [...], "page": 0, "size": 100, "total": 27, "totalExact": true}} ({@code total} counts exactly up
 * to ten thousand facts past the page, and says "at least" beyond).
 */
@Tag(name = "Read models")
@RestController
@RequestMapping(path = "/api/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
public class TimelineController {

    private final QueryGateway queries;

    public TimelineController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @param track   a track id: only its facts
     * @param actor   an actor id: only the facts about that actor
     * @param kind    a dossier kind of fact ({@code call}, {@code invitation-issued} ...)
     * @param issue   an issue ({@code territory}, {@code nato-membership} ...): only facts concerning it
     * @param from    a valid time ({@code 2025-02-12}, {@code 2025-02}, {@code 2025-02-12T14:30:00Z}): only facts
     *                whose valid time reaches it or later
     * @param until   a valid time: only facts whose valid time starts before its end ({@code until=2025-02-12}
     *                includes the 12th)
     * @param validAt a valid time: only facts whose valid time has begun by then (a day: by its end)
     * @param knownAt a record time: only facts the tracker had recorded by then (a day: by its end), as the timeline
     *                stood at that moment
     * @param page    which page, from 0 (default 0)
     * @param size    facts a page, 1 to 1000 (default 100)
     */
    @Operation(summary = "The recorded facts in valid-time order, one page at a time")
    @GetMapping
    public TimelinePage timeline(@Parameter(description = "a track id: only its facts")
                                 @RequestParam(required = false) String track,
                                 @Parameter(description = "an actor id: only facts about that actor", example = "putin")
                                 @RequestParam(required = false) String actor,
                                 @Parameter(description = "a dossier kind of fact", example = "call")
                                 @RequestParam(required = false) String kind,
                                 @Parameter(description = "an issue: only facts concerning it", example = "territory")
                                 @RequestParam(required = false) String issue,
                                 @Parameter(description = "a valid time: only facts whose valid time reaches it or"
                                         + " later")
                                 @RequestParam(required = false) String from,
                                 @Parameter(description = "a valid time: only facts whose valid time starts before"
                                         + " its end")
                                 @RequestParam(required = false) String until,
                                 @Parameter(description = "a valid time: only facts begun by then")
                                 @RequestParam(required = false) String validAt,
                                 @Parameter(description = "a record time: the timeline as it stood then")
                                 @RequestParam(required = false) String knownAt,
                                 @Parameter(description = "which page, from 0 (default 0)")
                                 @RequestParam(required = false) String page,
                                 @Parameter(description = "entries a page, 1 to 1000 (default 100)")
                                 @RequestParam(required = false) String size) {
        Instant since = time("from", from, true);
        Instant before = time("until", until, false);
        if (since != null && before != null && !since.isBefore(before)) {
            throw new InvalidParameter("until", "'until' (" + until + ") must end after 'from' (" + from + ") starts");
        }
        FindTimeline query = new FindTimeline(slug("track", track), slug("actor", actor), kind(kind),
                slug("issue", issue), since, before, asOf("validAt", validAt), asOf("knownAt", knownAt),
                paging(page, size));
        return answer(queries.query(query, ResponseTypes.instanceOf(TimelinePage.class)));
    }

    /** The start of the interval the text names (for {@code from}) or its end (for {@code until}). */
    private static Instant time(String parameter, String value, boolean start) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            TimePrecision precision = TimePrecision.of(value);
            return start ? precision.start(value) : precision.end(value);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameter(parameter, parameter + ": " + invalid.getMessage());
        }
    }
}
