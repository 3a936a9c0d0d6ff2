package com.negotiationtracker.web.state;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.query.state.DiplomaticState;
import com.negotiationtracker.query.state.DiplomaticStateAt;
import com.negotiationtracker.query.state.StateTimes;
import com.negotiationtracker.query.timeline.Paging;
import com.negotiationtracker.web.problem.InvalidParameter;
import com.negotiationtracker.web.timeline.QueryParameters;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * {@code GET /api/state}: the diplomatic state of the world at a valid time as the record stood at a record time, as
 * the state read model answers it through the query bus.
 */
@Tag(name = "Read models")
@RestController
@RequestMapping(path = "/api/state", produces = MediaType.APPLICATION_JSON_VALUE)
public class StateController {

    private final QueryGateway queries;

    public StateController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @param validAt when in the world: an instant with an offset ({@code 2025-02-12T14:30:00Z}), or a day, month or
     *                year ({@code 2025-02-12}, {@code 2025-02}, {@code 2025}) meaning its end, once all of it had
     *                happened; now when left out
     * @param knownAt as the record stood when: the same forms; now when left out
     * @param track   a track id: only that track's phase, invitations, meetings, measures, demands, proposals and
     *                guarantees, and the channel between its parties
     * @param page    without a track, which page of tracks, from 0 (default 0)
     * @param size    without a track, tracks a page, 1 to 1000 (default {@value DiplomaticStateAt#TRACKS_A_PAGE})
     * @param listPage which page of each of a track's lists (invitations, meetings, ...), from 0 (default 0)
     * @param listSize items of each list a page, 1 to 1000 (default
     *                 {@value DiplomaticStateAt#LIST_ITEMS_OF_THE_WORLD} on the world,
     *                 {@value DiplomaticStateAt#LIST_ITEMS_OF_A_TRACK} on a track); on the world, tracks a page times
     *                 items a list at most {@value DiplomaticStateAt#MAX_LIST_ITEMS_OF_THE_WORLD}
     * @param channelPage without a track, which page of the channels, from 0 (default 0)
     * @param channelSize without a track, channels a page, 1 to 1000 (default
     *                    {@value DiplomaticStateAt#CHANNELS_A_PAGE})
     */
    @Operation(summary = "The diplomatic state at a valid time, as the record stood at a record time",
            description = "The phases, channels, invitations, meetings, measures, demands, proposals and guarantees"
                    + " that hold at that moment. Without a track, one page of the tracks the record held then (in id"
                    + " order; page, size and tracksKnown say which), each with its phase and the first items of each"
                    + " of its lists, and one page of the channels that hold then, in the order of their parties"
                    + " (channelPage, channelSize; moreChannels says whether more follow). With a track, that track"
                    + " alone and the channels between its parties. A track's invitations, meetings, measures, demands, proposals and guarantees grow"
                    + " with the record (every invitation ever issued, with its status then), so each list is"
                    + " answered a page at a time (listPage, listSize), newest first: by when the state shown began,"
                    + " the latest change first. more names each track's list that goes on past the page.")
    @GetMapping
    public DiplomaticState state(@Parameter(description = "when in the world: an instant with an offset"
                                         + " (2025-02-12T14:30:00Z),"
                                         + " or a day, month or year meaning its end (UTC); default now",
                                         example = "2025-02-12")
                                 @RequestParam(required = false) String validAt,
                                 @Parameter(description = "as the record stood when: the same forms as validAt;"
                                         + " default now")
                                 @RequestParam(required = false) String knownAt,
                                 @Parameter(description = "a track id: only that track", example = "us-russia")
                                 @RequestParam(required = false) String track,
                                 @Parameter(description = "without a track: which page of tracks, from 0 (default 0)")
                                 @RequestParam(required = false) String page,
                                 @Parameter(description = "without a track: tracks a page, 1 to 1000 (default "
                                         + DiplomaticStateAt.TRACKS_A_PAGE + ")")
                                 @RequestParam(required = false) String size,
                                 @Parameter(description = "which page of each of a track's lists, from 0 (default 0)")
                                 @RequestParam(required = false) String listPage,
                                 @Parameter(description = "items of each of a track's lists a page, 1 to 1000"
                                         + " (default " + DiplomaticStateAt.LIST_ITEMS_OF_THE_WORLD + " on the world, "
                                         + DiplomaticStateAt.LIST_ITEMS_OF_A_TRACK + " on a track; on the world,"
                                         + " size times listSize at most "
                                         + DiplomaticStateAt.MAX_LIST_ITEMS_OF_THE_WORLD + ")")
                                 @RequestParam(required = false) String listSize,
                                 @Parameter(description = "without a track: which page of the channels, from 0"
                                         + " (default 0)")
                                 @RequestParam(required = false) String channelPage,
                                 @Parameter(description = "without a track: channels a page, 1 to 1000 (default "
                                         + DiplomaticStateAt.CHANNELS_A_PAGE + ")")
                                 @RequestParam(required = false) String channelSize) {
        Instant now = Instant.now();
        String narrowedTo = QueryParameters.slug("track", track);
        Paging tracks = QueryParameters.paging(page, size, DiplomaticStateAt.TRACKS_A_PAGE);
        Paging lists = QueryParameters.paging("listPage", listPage, "listSize", listSize,
                DiplomaticStateAt.listItemsByDefault(narrowedTo));
        Paging channels = QueryParameters.paging("channelPage", channelPage, "channelSize", channelSize,
                DiplomaticStateAt.CHANNELS_A_PAGE);
        DiplomaticStateAt query;
        try {
            query = new DiplomaticStateAt(moment("validAt", validAt, now), moment("knownAt", knownAt, now),
                    narrowedTo, tracks, lists, channels);
        } catch (IllegalArgumentException tooMany) {
            throw new InvalidParameter("listSize", tooMany.getMessage());
        }
        return QueryParameters.answer(queries.query(query, ResponseTypes.instanceOf(DiplomaticState.class)));
    }

    private static Instant moment(String parameter, String value, Instant now) {
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            return StateTimes.moment(value.strip());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameter(parameter, parameter + ": " + invalid.getMessage());
        }
    }
}
