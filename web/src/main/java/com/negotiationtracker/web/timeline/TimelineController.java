package com.negotiationtracker.web.timeline;

import com.negotiationtracker.core.common.Slug;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.query.timeline.FindTimeline;
import com.negotiationtracker.query.timeline.TimelineEntry;
import com.negotiationtracker.web.problem.InvalidParameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code GET /api/timeline}: the recorded facts in valid-time order, then in the order they were recorded, as the
 * timeline read model answers them through the query bus.
 */
@RestController
@RequestMapping(path = "/api/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
public class TimelineController {

    private final QueryGateway queries;

    public TimelineController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @param track a track id: only its facts
     * @param actor an actor id: only the facts about that actor
     * @param kind  a dossier kind of fact ({@code call}, {@code invitation-issued} ...)
     * @param issue an issue ({@code territory}, {@code nato-membership} ...): only facts concerning it
     * @param from  a valid time ({@code 2025-02-12}, {@code 2025-02}, {@code 2025-02-12T14:30:00Z}): only facts whose
     *              valid time reaches it or later
     * @param until a valid time: only facts whose valid time starts before its end ({@code until=2025-02-12}
     *              includes the 12th)
     */
    @GetMapping
    public List<TimelineEntry> timeline(@RequestParam(required = false) String track,
                                        @RequestParam(required = false) String actor,
                                        @RequestParam(required = false) String kind,
                                        @RequestParam(required = false) String issue,
                                        @RequestParam(required = false) String from,
                                        @RequestParam(required = false) String until) {
        Instant since = time("from", from, true);
        Instant before = time("until", until, false);
        if (since != null && before != null && !since.isBefore(before)) {
            throw new InvalidParameter("until", "'until' (" + until + ") must end after 'from' (" + from + ") starts");
        }
        FindTimeline query = new FindTimeline(slug("track", track), slug("actor", actor), kind(kind),
                slug("issue", issue), since, before);
        return answer(queries.query(query, ResponseTypes.multipleInstancesOf(TimelineEntry.class)));
    }

    private static String slug(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Slug.require(value, parameter);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameter(parameter, invalid.getMessage());
        }
    }

    private static String kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return FactKind.of(value).map(FactKind::label).orElseThrow(() -> new InvalidParameter("kind",
                "'" + value + "' is not a kind of fact; the kinds are " + String.join(", ", FactKind.labels())));
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

    /** The query's answer, or the exception the query handler threw (not wrapped). */
    private static <R> R answer(CompletableFuture<R> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
