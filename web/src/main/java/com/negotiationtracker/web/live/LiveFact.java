package com.negotiationtracker.web.live;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.query.timeline.ValidTimeView;

import java.time.Instant;
import java.util.List;

/**
 * A fact as the live feed pushes it the moment it is recorded: the timeline's fields that say what happened, when and
 * to whom. The rest (provenance, details) is one {@code GET /api/timeline} away.
 *
 * @param kind       the dossier's kind name: {@code call}, {@code invitation-issued} ...; also the SSE event's name
 * @param recordedAt when the tracker recorded it (the event store's timestamp)
 */
public record LiveFact(String factId, String track, String kind, String summary, ValidTimeView validTime,
                       List<String> actors, Instant recordedAt) {

    static LiveFact of(FactEvent event, Instant recordedAt) {
        ValidTime validTime = event.fact().validTime();
        return new LiveFact(event.fact().id().value(), event.track().value(), FactKind.nameOf(event),
                event.fact().summary(),
                new ValidTimeView(validTime.value(), validTime.precision(), validTime.approximate(),
                        validTime.start(), validTime.end()),
                event.actors().stream().map(ActorId::value).toList(), recordedAt);
    }
}
