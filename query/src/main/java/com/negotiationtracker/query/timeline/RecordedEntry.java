package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.FactEvent;

import java.time.Instant;
import java.util.List;

/**
 * Everything the timeline shows of one recorded fact, as its rows hold it ({@link TimelineEntryEntity} maps them for
 * reading): what the projection writes for an event.
 */
record RecordedEntry(TimelineEntryKey key, String track, String factId, String kind, String summary,
                     ValidTime validTime, String assertedBy, String channel, String quote, Source source,
                     String details, Instant recordedAt, Long globalPosition, List<String> actors,
                     List<String> issues) {

    static RecordedEntry of(FactEvent event, String kind, String details, List<String> issues, Instant recordedAt,
                            Long globalPosition) {
        String track = event.track().value();
        String factId = event.fact().id().value();
        Provenance provenance = event.fact().provenance();
        return new RecordedEntry(new TimelineEntryKey(track, factId), track, factId, kind, event.fact().summary(),
                event.fact().validTime(), provenance.assertedBy().value(), provenance.channel(), provenance.quote(),
                provenance.source(), details, recordedAt, globalPosition,
                event.actors().stream().map(ActorId::value).distinct().toList(), List.copyOf(issues));
    }
}
