package com.negotiationtracker.query.export;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.core.actor.ActorProfileRevised;
import com.negotiationtracker.core.actor.ActorRegistered;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.time.ReportedDuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static org.assertj.core.api.Assertions.assertThat;

/** The events export over Axon's own storage engine (its in-memory one): the facts, in the store's order, as PLOVER. */
class PloverExportTest {

    private static final Instant RECORDED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Source REUTERS = new Source("reuters-2025-02-12", "Reuters",
            "Trump and Putin agree to start Ukraine talks", "https://example.org/reuters/trump-putin", "2025-02-12");

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private final PloverExport export = new PloverExport(store);
    private final List<PloverEvent> exported = new ArrayList<>();
    private long sequence;

    @Test
    void exportsEveryFactInTheStoresOrderAndNothingElse() {
        record(new ActorRegistered(TRUMP, "Trump", ActorKind.PERSON, List.of("U.S. President"), List.of()));
        record(new ActorRegistered(PUTIN, "Putin", ActorKind.PERSON, List.of(), List.of()));
        record(usRussiaOpened());
        record(new CallHeld(US_RUSSIA, fact("trump-putin-call").source(REUTERS)
                .quote("close to an hour and a half").build(), List.of(TRUMP, PUTIN),
                new ReportedDuration("PT1H30M", true, "close to an hour and a half")));
        record(new PrisonerSwapCompleted(US_RUSSIA, fact("prisoner-swap").on("2025-02-11").build(),
                List.of(UNITED_STATES, RUSSIA), null));

        long count = export.forEachFact(exported::add);

        assertThat(count).isEqualTo(2);
        assertThat(exported).extracting(PloverEvent::factId).containsExactly("trump-putin-call", "prisoner-swap");
        assertThat(exported).extracting(PloverEvent::globalIndex).containsExactly(3L, 4L);
    }

    @Test
    void aCallIsAPloverConsultationByTelephoneWithItsSource() {
        record(new ActorRegistered(TRUMP, "Trump", ActorKind.PERSON, List.of(), List.of()));
        record(new ActorRegistered(PUTIN, "Putin", ActorKind.PERSON, List.of(), List.of()));
        record(new ActorProfileRevised(PUTIN, "Vladimir Putin", ActorKind.PERSON, List.of(), List.of()));
        EventMessage<?> call = record(new CallHeld(US_RUSSIA, fact("trump-putin-call").source(REUTERS)
                .summary("Trump and Putin held a phone call.").quote("close to an hour and a half").build(),
                List.of(TRUMP, PUTIN), null));

        export.forEachFact(exported::add);

        PloverEvent event = exported.get(0);
        assertThat(event.id()).isEqualTo(call.getIdentifier());
        assertThat(event.date()).isEqualTo("2025-02-12");
        assertThat(event.time()).isNull();
        assertThat(event.enddate()).as("a day is one date").isNull();
        assertThat(event.actor()).containsExactly(new PloverActor("trump", "Trump"),
                new PloverActor("putin", "Vladimir Putin"));
        assertThat(event.recipient()).isEmpty();
        assertThat(event.event()).containsExactly("CONSULT");
        assertThat(event.mode()).containsExactly("phone");
        assertThat(event.cameo()).isEqualTo("041");
        assertThat(event.text()).isEqualTo("close to an hour and a half");
        assertThat(event.summary()).isEqualTo("Trump and Putin held a phone call.");
        assertThat(event.citeInfo()).isEqualTo(new CiteInfo("reuters-2025-02-12", "Reuters",
                "Trump and Putin agree to start Ukraine talks", "https://example.org/reuters/trump-putin",
                "2025-02-12"));
        assertThat(event.kind()).isEqualTo("call");
        assertThat(event.track()).isEqualTo("us-russia");
        assertThat(event.assertedBy()).isEqualTo("kremlin");
        assertThat(event.recordedAt()).isEqualTo(RECORDED);
    }

    @Test
    void aMonthHasAnEndDateAndAnInstantATimeOfDay() {
        record(new DirectContactSuspended(US_RUSSIA, fact("no-contact").on("2022-02").build(),
                List.of(UNITED_STATES, RUSSIA)));
        record(new StatementMade(US_RUSSIA, fact("trump-posts").on("2025-02-12T14:30:00Z").build(), TRUMP,
                "social media", List.of()));

        export.forEachFact(exported::add);

        assertThat(exported.get(0).date()).isEqualTo("2022-02-01");
        assertThat(exported.get(0).enddate()).isEqualTo("2022-02-28");
        assertThat(exported.get(0).datePrecision()).isEqualTo("MONTH");
        assertThat(exported.get(0).text()).as("no quote: the summary").isEqualTo("fact no-contact");
        assertThat(exported.get(1).date()).isEqualTo("2025-02-12");
        assertThat(exported.get(1).time()).isEqualTo("14:30:00Z");
        assertThat(exported.get(1).enddate()).isNull();
        assertThat(exported.get(1).actor()).as("an actor the directory does not name")
                .containsExactly(new PloverActor("trump", null));
    }

    @Test
    void asJsonItHasPloversFieldNamesAndLeavesOutWhatDoesNotApply() {
        record(new StatementMade(US_RUSSIA, fact("trump-posts").build(), TRUMP, "social media", List.of()));
        export.forEachFact(exported::add);

        JsonNode json = JsonMapper.builder().build().valueToTree(exported.get(0));

        assertThat(names(json)).containsExactly("id", "date", "actor", "event", "cameo", "text", "cite_info", "kind",
                "track", "fact_id", "summary", "asserted_by", "channel", "date_precision", "date_approximate",
                "recorded_at", "global_index");
        assertThat(json.path("event").isArray()).isTrue();
        assertThat(json.path("event").size()).as("PLOVER does not code statements").isZero();
        assertThat(json.path("cameo").asString()).isEqualTo("010");
        assertThat(json.path("actor").get(0).path("identifier_id").asString()).isEqualTo("trump");
        assertThat(names(json.path("cite_info"))).containsExactlyInAnyOrder("citation", "publication", "title", "url",
                "published_at");
        assertThat(json.path("cite_info").path("publication").isNull()).as("the reporting names no outlet").isTrue();
        assertThat(json.path("recorded_at").asString()).isEqualTo("2026-01-05T09:00:00Z");
    }

    @Test
    void anEmptyStoreExportsNothing() {
        assertThat(export.forEachFact(exported::add)).isZero();
        assertThat(exported).isEmpty();
    }

    private EventMessage<?> record(Object payload) {
        EventMessage<?> message = new GenericDomainEventMessage<>("Any", "aggregate-" + sequence, 0, payload,
                Map.of(), "event-" + sequence++, RECORDED);
        store.appendEvents(List.of(message));
        return message;
    }

    private static List<String> names(JsonNode json) {
        return new ArrayList<>(json.propertyNames());
    }
}
