package com.negotiationtracker.query.timeline;

import java.time.Instant;

/**
 * Asks for the timeline: the recorded facts in valid-time order (then in the order they were recorded); answered with
 * a list of {@link TimelineEntry}. Every filter is optional (null or blank): a track, an actor the facts are about, a
 * kind (a dossier kind, {@link com.negotiationtracker.core.dossier.FactKind#label()}), an issue, and a valid-time
 * window {@code [from, until)} that the facts' valid time must overlap.
 */
public record FindTimeline(String track, String actor, String kind, String issue, Instant from, Instant until) {

    public static FindTimeline all() {
        return new FindTimeline(null, null, null, null, null, null);
    }

    public FindTimeline withTrack(String track) {
        return new FindTimeline(track, actor, kind, issue, from, until);
    }

    public FindTimeline withActor(String actor) {
        return new FindTimeline(track, actor, kind, issue, from, until);
    }

    public FindTimeline withKind(String kind) {
        return new FindTimeline(track, actor, kind, issue, from, until);
    }

    public FindTimeline withIssue(String issue) {
        return new FindTimeline(track, actor, kind, issue, from, until);
    }

    public FindTimeline between(Instant from, Instant until) {
        return new FindTimeline(track, actor, kind, issue, from, until);
    }
}
