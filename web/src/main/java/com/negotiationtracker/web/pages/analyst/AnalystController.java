package com.negotiationtracker.web.pages.analyst;

import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.query.position.FindPositions;
import com.negotiationtracker.query.position.PositionsPage;
import com.negotiationtracker.query.state.DiplomaticState;
import com.negotiationtracker.query.state.DiplomaticStateAt;
import com.negotiationtracker.query.timeline.FindTimeline;
import com.negotiationtracker.query.timeline.Paging;
import com.negotiationtracker.query.timeline.TimelineEntry;
import com.negotiationtracker.query.timeline.TimelinePage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import static com.negotiationtracker.web.timeline.QueryParameters.answer;

/**
 * The analyst's page: the timeline as steps along valid or record time, and the diplomatic state (channels, phases,
 * invitations, meetings, measures, demands, positions) at the selected step's moment, from the read models through
 * the query bus. Everything the view depends on is in the URL: {@code axis}, {@code event} (or {@code step}, from the
 * scrubber), and the filters {@code track}, {@code actor}, {@code issue}, {@code kind}.
 */
@Controller
public class AnalystController {

    /** Steps listed on either side of the selected one; the scrubber reaches the rest. */
    static final int STEPS_AROUND = 20;

    private final QueryGateway queries;

    public AnalystController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    public String home() {
        return "redirect:" + AnalystLinks.PATH;
    }

    @GetMapping(AnalystLinks.PATH)
    public String analyst(@RequestParam(required = false) String axis,
                          @RequestParam(required = false) String event,
                          @RequestParam(required = false) Integer step,
                          @RequestParam(required = false) String track,
                          @RequestParam(required = false) String actor,
                          @RequestParam(required = false) String issue,
                          @RequestParam(required = false) String kind,
                          Model model) {
        Axis along = Axis.of(axis);
        TimelineFilters filters = TimelineFilters.of(track, actor, issue, kind);
        TimelinePage filtered = timeline(filters.query());
        // the choices offered in the filters come from the whole timeline, not the part already chosen
        List<TimelineEntry> everything = filters.any()
                ? timeline(TimelineFilters.of(null, null, null, null).query()).entries() : filtered.entries();
        Steps steps = Steps.along(along, filtered.entries());
        Optional<Step> selected = steps.select(event, step);
        AnalystLinks links = new AnalystLinks(along, filters);

        model.addAttribute("axis", along);
        model.addAttribute("filters", filters);
        model.addAttribute("links", links);
        model.addAttribute("steps", steps);
        model.addAttribute("truncated", filtered.total() > filtered.entries().size());
        model.addAttribute("total", filtered.total());
        model.addAttribute("totalExact", filtered.totalExact());
        model.addAttribute("actors", distinct(everything, TimelineEntry::actors));
        model.addAttribute("issues", distinct(everything, TimelineEntry::issues));
        model.addAttribute("tracks", distinct(everything, entry -> List.of(entry.track())));
        model.addAttribute("kinds", FactKind.labels());
        selected.ifPresent(current -> {
            model.addAttribute("current", current);
            model.addAttribute("visible", steps.all().subList(Math.max(0, current.number() - 1 - STEPS_AROUND),
                    Math.min(steps.count(), current.number() + STEPS_AROUND)));
            model.addAttribute("first", links.to(steps.first()));
            model.addAttribute("previous", steps.from(current, -1).map(links::to).orElse(null));
            model.addAttribute("next", steps.from(current, 1).map(links::to).orElse(null));
            model.addAttribute("last", links.to(steps.last()));
            model.addAttribute("state", state(current.validAt(), current.knownAt(), filters.track()));
            model.addAttribute("positions", PositionsMatrix.of(positions(current, filters).entries()));
        });
        return "analyst";
    }

    private TimelinePage timeline(FindTimeline query) {
        return answer(queries.query(query, ResponseTypes.instanceOf(TimelinePage.class)));
    }

    private DiplomaticState state(Instant validAt, Instant knownAt, String track) {
        Instant now = Instant.now();
        DiplomaticStateAt query = new DiplomaticStateAt(validAt == null ? now : validAt,
                knownAt == null ? now : knownAt, track);
        return answer(queries.query(query, ResponseTypes.instanceOf(DiplomaticState.class)));
    }

    /** The matrix at the step's moment; an actor or issue filter narrows it to that party or issue. */
    private PositionsPage positions(Step step, TimelineFilters filters) {
        FindPositions query = new FindPositions(step.validAt(), step.knownAt(), filters.actor(), filters.issue(),
                new Paging(0, Paging.MAX_SIZE));
        return answer(queries.query(query, ResponseTypes.instanceOf(PositionsPage.class)));
    }

    private static List<String> distinct(List<TimelineEntry> entries,
                                         Function<TimelineEntry, Collection<String>> values) {
        TreeSet<String> found = new TreeSet<>();
        entries.forEach(entry -> {
            Collection<String> some = values.apply(entry);
            if (some != null) {
                found.addAll(some);
            }
        });
        return List.copyOf(found);
    }
}
