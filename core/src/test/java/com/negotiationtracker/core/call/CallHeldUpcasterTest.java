package com.negotiationtracker.core.call;

import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.time.Hedge;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CallHeld} events stored in the first shape (a duration with {@code approximate}, no revision) still load:
 * read back from their stored bytes through the serializer and the upcaster chain, as the event store reads them.
 */
class CallHeldUpcasterTest {

    /** The reference story's call exactly as the first shape stored it (copied from an event store). */
    static final String FIRST_SHAPE = """
            {"track":"us-russia","fact":{"id":"trump-putin-call","summary":"Trump and Putin held a phone call.",\
            "validTime":{"value":"2025-02-12","precision":"DAY","approximate":false},"provenance":{"assertedBy":\
            "kremlin","channel":"statement","source":{"reference":"seed-article","outlet":null,"title":null,\
            "url":null,"publishedAt":"2025-02-12"},"quote":null}},"participants":["trump","putin"],"duration":\
            {"value":"PT1H30M","approximate":true,"asReported":"close to an hour and a half"}}""";

    static final CallHeld AS_RECORDED = new CallHeld(US_RUSSIA,
            fact("trump-putin-call").summary("Trump and Putin held a phone call.").build(), List.of(TRUMP, PUTIN),
            new ReportedDuration("PT1H30M", Hedge.APPROXIMATE, "close to an hour and a half"));

    private final Serializer serializer = Jackson3Serializer.builder().build();
    private final EventUpcaster upcasters = new EventUpcasterChain(new CallHeldUpcaster());

    @Test
    void aCallStoredInTheFirstShapeLoadsWithItsHedge() {
        assertThat(readStored(FIRST_SHAPE, null, upcasters)).isEqualTo(AS_RECORDED);
    }

    @Test
    void anExactOrAbsentDurationStaysSo() {
        String exact = FIRST_SHAPE.replace("\"approximate\":true,\"asReported\":\"close to an hour and a half\"",
                "\"approximate\":false,\"asReported\":null");
        String none = FIRST_SHAPE.replaceAll(",\"duration\":\\{.*}}$", ",\"duration\":null}");

        assertThat(((CallHeld) readStored(exact, null, upcasters)).duration())
                .isEqualTo(new ReportedDuration("PT1H30M", Hedge.EXACT, null));
        assertThat(((CallHeld) readStored(none, null, upcasters)).duration()).isNull();
    }

    @Test
    void withoutTheUpcasterTheFirstShapeDoesNotLoad() {
        assertThatThrownBy(() -> readStored(FIRST_SHAPE, null, NoOpEventUpcaster.INSTANCE))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void callsAreWrittenInTheSecondShapeAndReadBackUntouched() {
        SerializedObject<byte[]> stored = serializer.serialize(AS_RECORDED, byte[].class);
        JsonNode json = JsonMapper.builder().build().readTree(stored.getData());

        assertThat(stored.getType().getRevision()).isEqualTo(CallHeld.REVISION);
        assertThat(json.path("duration").path("hedge").asString()).isEqualTo("APPROXIMATE");
        assertThat(json.path("duration").has("approximate")).isFalse();
        assertThat(readStored(new String(stored.getData(), StandardCharsets.UTF_8), CallHeld.REVISION, upcasters))
                .isEqualTo(AS_RECORDED);
    }

    @Test
    void theTrackSourcedFromTheUpcastEventHoldsTheCallAsRecorded() {
        CallHeld loaded = (CallHeld) readStored(FIRST_SHAPE, null, upcasters);

        // recording the same call again records nothing: the track holds exactly what the first shape said
        AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory())
                .given(usRussiaOpened(), loaded)
                .when(new RecordCall(US_RUSSIA, AS_RECORDED.fact(), List.of(TRUMP, PUTIN),
                        new ReportedDuration("PT1H30M", true, "close to an hour and a half")))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    /** Reads a stored event as the event store does: bytes, type and revision, through the upcasters. */
    private Object readStored(String payload, String revision, EventUpcaster upcaster) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("NegotiationTrack", "track:us-russia",
                1L, "f3dfd797-0d13-4054-a094-42c99ff4d28f", "2026-11-28T23:17:37.528Z", CallHeld.class.getName(),
                revision, payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<? extends DomainEventMessage<?>> messages = EventStreamUtils.asStream(
                EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer, upcaster)).toList();
        assertThat(messages).hasSize(1);
        return messages.get(0).getPayload();
    }
}
