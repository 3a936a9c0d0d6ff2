package com.negotiationtracker.web.pages.analyst;

import com.negotiationtracker.query.timeline.FindTimeline;
import com.negotiationtracker.web.timeline.QueryParameters;
import com.negotiationtracker.query.timeline.Paging;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.negotiationtracker.web.timeline.QueryParameters.slug;

/**
 * What the analyst narrowed the timeline to: a track (which narrows the state panel too), an actor, an issue, a kind
 * of fact. Each is null when not chosen; they travel in the URL so that a view can be shared.
 */
public record TimelineFilters(String track, String actor, String issue, String kind) {

    /** The steps the analyst can take: a story the size of the reference story and far beyond fits one page. */
    static final int MAX_STEPS = Paging.MAX_SIZE;

    static TimelineFilters of(String track, String actor, String issue, String kind) {
        return new TimelineFilters(slug("track", track), slug("actor", actor), slug("issue", issue),
                QueryParameters.kind(kind));
    }

    FindTimeline query() {
        return new FindTimeline(track, actor, kind, issue, null, null, null, null, new Paging(0, MAX_STEPS));
    }

    public boolean any() {
        return track != null || actor != null || issue != null || kind != null;
    }

    /** The filters chosen, by their parameter's name, in a fixed order. */
    public Map<String, String> chosen() {
        Map<String, String> chosen = new LinkedHashMap<>();
        put(chosen, "track", track);
        put(chosen, "actor", actor);
        put(chosen, "issue", issue);
        put(chosen, "kind", kind);
        return chosen;
    }

    /** Adds the chosen filters to a URL being built. */
    UriComponentsBuilder addTo(UriComponentsBuilder url) {
        chosen().forEach(url::queryParam);
        return url;
    }

    private static void put(Map<String, String> chosen, String name, String value) {
        if (value != null) {
            chosen.put(name, value);
        }
    }
}
