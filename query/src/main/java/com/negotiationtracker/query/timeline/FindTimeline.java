package com.negotiationtracker.query.timeline;

import java.time.Instant;

/**
 * Asks for the timeline: the recorded facts in valid-time order (then in the order they were recorded); answered with
 * a {@link TimelinePage}. Every filter is optional (null or blank): a track, an actor the facts are about, a kind (a
 * dossier kind, {@link com.negotiationtracker.core.dossier.FactKind#label()}), an issue, a valid-time window
 * {@code [from, until)} that the facts' valid time must overlap, {@code validAt} (only facts whose valid time has
 * begun by then) and {@code knownAt} (only facts the tracker had recorded by then: the timeline as it stood at that
 * moment). Without {@code paging}, the first page of the default size.
 */
public record FindTimeline(String track, String actor, String kind, String issue, Instant from, Instant until,
                           Instant validAt, Instant knownAt, Paging paging) {

    public FindTimeline {
        if (paging == null) {
            paging = Paging.first();
        }
    }

    public FindTimeline(String track, String actor, String kind, String issue, Instant from, Instant until) {
        this(track, actor, kind, issue, from, until, null, null, null);
    }

    public static FindTimeline all() {
        return new FindTimeline(null, null, null, null, null, null);
    }

    public FindTimeline withTrack(String track) {
        return new FindTimeline(track, actor, kind, issue, from, until, validAt, knownAt, paging);
    }

    public FindTimeline withActor(String actor) {
        return new FindTimeline(track, actor, kind, issue, from, until, validAt, knownAt, paging);
    }

    public FindTimeline withKind(String kind) {
        return new FindTimeline(track, actor, kind, issue, from, until, validAt, knownAt, paging);
    }

    public FindTimeline withIssue(String issue) {
        return new FindTimeline(track, actor, kind, issue, from, until, validAt, knownAt, paging);
    }

    public FindTimeline between(Instant from, Instant until) {
        return new FindTimeline(track, actor, kind, issue, from, until, validAt, knownAt, paging);
    }

    /** Only the facts whose valid time has begun at {@code validAt}, as recorded by {@code knownAt} (null: any). */
    public FindTimeline asOf(Instant validAt, Instant knownAt) {
        return new FindTimeline(track, actor, kind, issue, from, until, validAt, knownAt, paging);
    }

    public FindTimeline page(int page, int size) {
        return new FindTimeline(track, actor, kind, issue, from, until, validAt, knownAt, new Paging(page, size));
    }
}
