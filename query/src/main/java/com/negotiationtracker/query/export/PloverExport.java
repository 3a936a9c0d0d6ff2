package com.negotiationtracker.query.export;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorProfileRevised;
import com.negotiationtracker.core.actor.ActorRegistered;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads every recorded fact straight from the event store, in the store's global order, as PLOVER event records
 * ({@link PloverEvent}, coded by {@link PloverCoding}). Axon's storage engine reads the store in batches, each in a
 * transaction of its own, and deserializes (and upcasts) with the application's event serializer, so that a store of
 * any size streams through in constant memory; only the actor directory's names are kept, to name the actors.
 * Events other than facts (actors registered, tracks opened) are not exported.
 */
@Component
public class PloverExport {

    private final Supplier<EventStorageEngine> storage;

    @Autowired
    public PloverExport(ObjectProvider<EventStorageEngine> storage) {
        this.storage = () -> storage.getIfAvailable(() -> {
            throw new IllegalStateException("the events export reads the application's own event store "
                    + "(H2 or PostgreSQL); this application runs without one");
        });
    }

    PloverExport(EventStorageEngine storage) {
        this.storage = () -> storage;
    }

    /** Hands each recorded fact, in the order the store holds them, to {@code sink}; answers how many it handed. */
    public long forEachFact(Consumer<PloverEvent> sink) {
        Map<String, String> names = new HashMap<>();
        long facts = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.get().readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> stored = events.iterator();
            while (stored.hasNext()) {
                TrackedEventMessage<?> message = stored.next();
                Class<?> type = message.getPayloadType();
                if (FactEvent.class.isAssignableFrom(type)) {
                    sink.accept(plover((FactEvent) message.getPayload(), message, names));
                    facts++;
                } else if (type == ActorRegistered.class) {
                    ActorRegistered registered = (ActorRegistered) message.getPayload();
                    names.put(registered.actor().value(), registered.name());
                } else if (type == ActorProfileRevised.class) {
                    ActorProfileRevised revised = (ActorProfileRevised) message.getPayload();
                    names.put(revised.actor().value(), revised.name());
                }
            }
        }
        return facts;
    }

    static PloverEvent plover(FactEvent event, TrackedEventMessage<?> message, Map<String, String> names) {
        PloverCoding.Coding coding = PloverCoding.of(event);
        Fact fact = event.fact();
        ValidTime valid = fact.validTime();
        Provenance provenance = fact.provenance();
        Source source = provenance.source();
        return new PloverEvent(message.getIdentifier(),
                day(valid.start()),
                valid.precision() == TimePrecision.INSTANT
                        ? DateTimeFormatter.ISO_OFFSET_TIME.format(valid.start().atOffset(ZoneOffset.UTC)) : null,
                spansDays(valid) ? day(valid.end().minusSeconds(1)) : null,
                actors(coding.actors(), names),
                actors(coding.recipients(), names),
                list(coding.event()), list(coding.mode()), list(coding.context()), coding.cameo(),
                provenance.quote() != null ? provenance.quote() : fact.summary(),
                new CiteInfo(source.reference(), source.outlet(), source.title(), source.url(), source.publishedAt()),
                PloverCoding.kindOf(event), event.track().value(), fact.id().value(), fact.summary(),
                provenance.assertedBy().value(), provenance.channel(), valid.precision().name(), valid.approximate(),
                message.getTimestamp(), globalIndex(message.trackingToken()));
    }

    private static boolean spansDays(ValidTime valid) {
        return valid.precision() == TimePrecision.MONTH || valid.precision() == TimePrecision.YEAR;
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static List<PloverActor> actors(List<ActorId> actors, Map<String, String> names) {
        return actors.stream().map(actor -> new PloverActor(actor.value(), names.get(actor.value()))).toList();
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static Long globalIndex(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
