package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorRegistered;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.meeting.VenueKind;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackOpened;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static com.negotiationtracker.core.dossier.SampleDossier.SEED_ACTORS;
import static com.negotiationtracker.core.dossier.SampleDossier.SEED_FACTS;
import static com.negotiationtracker.core.dossier.SampleDossier.SEED_TRACKS;
import static com.negotiationtracker.core.dossier.SampleDossier.fact;
import static com.negotiationtracker.core.dossier.SampleDossier.indexOf;
import static com.negotiationtracker.core.dossier.SampleDossier.list;
import static com.negotiationtracker.core.dossier.SampleDossier.map;
import static com.negotiationtracker.core.dossier.SampleDossier.provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Imports dossiers into a real Axon configuration with an in-memory event store. */
class DossierImporterTest {

    private final InMemoryTracker tracker = new InMemoryTracker();
    private final DossierImporter importer = tracker.importer();

    @AfterEach
    void shutDown() {
        tracker.close();
    }

    // ---- the reference dossier ----

    @Test
    void theReferenceDossierImportsCleanly() {
        ImportReport report = importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);

        assertThat(report).isEqualTo(new ImportReport("seed-article", SEED_ACTORS, 0, SEED_TRACKS, 0, SEED_FACTS, 0));
        assertThat(tracker.eventCount()).isEqualTo(SEED_ACTORS + SEED_TRACKS + SEED_FACTS);
        assertThat(tracker.transactions.started).isEqualTo(1);
        assertThat(tracker.transactions.committed).isEqualTo(1);
        assertThat(tracker.transactions.rolledBack).isZero();
    }

    @Test
    void aDossiersStoredTracksAreLockedInTheOrderOfTheirIdsBeforeAnyCommand() {
        importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
        tracker.trackLocks.clear();

        importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);

        // the dossier names them us-russia, us-ukraine, ukraine-peace: in one order on every instance, two dossiers
        // naming the same tracks cannot each hold one the other waits for
        assertThat(tracker.trackLocks)
                .startsWith("track:ukraine-peace", "track:us-russia", "track:us-ukraine");
    }

    @Test
    void theReferenceDossierTellsTheStory() {
        importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
        List<Object> events = tracker.events();

        // actors come before the tracks and facts that name them, each after the actors it speaks for
        List<String> registered = events.stream().filter(ActorRegistered.class::isInstance)
                .map(e -> ((ActorRegistered) e).actor().value()).toList();
        assertThat(registered.indexOf("russia")).isLessThan(registered.indexOf("putin"));
        assertThat(registered.indexOf("putin")).isLessThan(registered.indexOf("kremlin"));
        assertThat(events.stream().filter(TrackOpened.class::isInstance)).hasSize(SEED_TRACKS);

        Source article = new Source("seed-article", null, null, null, "2025-02-12");
        CallHeld putinCall = only(events, CallHeld.class, "trump-putin-call");
        assertThat(putinCall.participants()).containsExactly(ActorId.of("trump"), ActorId.of("putin"));
        assertThat(putinCall.duration())
                .isEqualTo(new ReportedDuration("PT1H30M", true, "close to an hour and a half"));
        assertThat(putinCall.fact().validTime()).isEqualTo(ValidTime.of("2025-02-12"));
        assertThat(putinCall.fact().provenance().assertedBy()).isEqualTo(ActorId.of("kremlin"));
        assertThat(putinCall.fact().provenance().source()).isEqualTo(article);

        CallHeld zelenskiyCall = only(events, CallHeld.class, "trump-zelenskiy-call");
        assertThat(zelenskiyCall.duration()).isEqualTo(new ReportedDuration("PT1H", true, "around an hour"));
        assertThat(zelenskiyCall.fact().provenance().assertedBy()).isEqualTo(ActorId.of("zelenskiy-office"));

        MeetingProposed munich = only(events, MeetingProposed.class, "trump-zelenskiy-munich-meeting-proposed");
        assertThat(munich.attendees()).containsExactly(ActorId.of("vance"), ActorId.of("rubio"));
        assertThat(munich.venue()).isEqualTo(Venue.named("Munich", ActorId.of("germany")));
        assertThat(munich.plannedFor()).isEqualTo(ValidTime.of("2025-02-14"));

        InvitationIssued moscow = only(events, InvitationIssued.class, "putin-invites-trump-to-moscow");
        assertThat(moscow.host()).isEqualTo(ActorId.of("putin"));
        assertThat(moscow.guest()).isEqualTo(ActorId.of("trump"));
        assertThat(moscow.venue()).isEqualTo(Venue.named("Moscow", ActorId.of("russia")));

        MeetingVenueConsidered thirdCountry = only(events, MeetingVenueConsidered.class,
                "third-country-venue-considered");
        assertThat(thirdCountry.venue()).isEqualTo(new Venue(VenueKind.THIRD_COUNTRY, null, null));
        assertThat(thirdCountry.fact().provenance().assertedBy()).isEqualTo(ActorId.of("russian-sources"));

        PrisonerSwapCompleted swap = only(events, PrisonerSwapCompleted.class, "us-russia-prisoner-swap");
        assertThat(swap.fact().validTime()).isEqualTo(ValidTime.of("2025-02-11"));
        assertThat(swap.fact().provenance().assertedBy()).isEqualTo(ActorId.of("kremlin"));

        DirectContactSuspended background = only(events, DirectContactSuspended.class,
                "no-leader-contact-since-invasion");
        assertThat(background.fact().validTime()).isEqualTo(new ValidTime("2022-02", TimePrecision.MONTH, true));

        List<PositionStated> hegseth = events.stream().filter(PositionStated.class::isInstance)
                .map(PositionStated.class::cast)
                .filter(p -> p.fact().provenance().assertedBy().equals(ActorId.of("hegseth"))).toList();
        assertThat(hegseth).extracting(p -> p.issue().value())
                .containsExactly("territory", "nato-membership", "security-guarantees", "foreign-troops");
        assertThat(hegseth).allSatisfy(p -> {
            assertThat(p.party()).isEqualTo(ActorId.of("united-states"));
            assertThat(p.fact().validTime()).isEqualTo(ValidTime.of("2025-02-12"));
        });

        // every fact names its source and who asserted it
        assertThat(events.stream().filter(FactEvent.class::isInstance).map(FactEvent.class::cast))
                .hasSize(SEED_FACTS)
                .allSatisfy(e -> assertThat(e.fact().provenance().source()).isEqualTo(article));
    }

    @Test
    void importingTheSameDossierTwiceRecordsNothingNew() {
        importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
        long events = tracker.eventCount();

        ImportReport again = importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);

        assertThat(again).isEqualTo(new ImportReport("seed-article", 0, SEED_ACTORS, 0, SEED_TRACKS, 0, SEED_FACTS));
        assertThat(again.recordedNothing()).isTrue();
        assertThat(again.summary()).contains("nothing new to record");
        assertThat(tracker.eventCount()).isEqualTo(events);
    }

    @Test
    void theSameDossierInJsonImportsEqually() {
        String json = SampleDossier.json(SampleDossier.seed());
        try (InMemoryTracker other = new InMemoryTracker()) {
            ImportReport fromJson = other.importer().importDossier(json, DossierFormat.JSON);
            ImportReport fromYaml = importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);

            assertThat(fromJson).isEqualTo(fromYaml);
            assertThat(other.events()).isEqualTo(tracker.events());
        }
        ImportReport jsonAfterYaml = importer.importDossier(json, DossierFormat.JSON);
        assertThat(jsonAfterYaml.recordedNothing()).isTrue();
        assertThat(jsonAfterYaml.factsAlreadyRecorded()).isEqualTo(SEED_FACTS);
    }

    // ---- bad dossiers are rejected whole ----

    @Test
    void aFactNamingAnUnknownActorRejectsTheWholeDossier() {
        assertRejectedWhole("us-russia-prisoner-swap", f -> f.put("parties", list("united-states", "rusia")),
                "parties[1]", "unknown actor 'rusia' (did you mean 'russia'?)");
    }

    @Test
    void aFactWithoutProvenanceRejectsTheWholeDossier() {
        assertRejectedWhole("trump-zelenskiy-call", f -> f.remove("provenance"),
                "provenance", "missing required field 'provenance'");
    }

    @Test
    void aMalformedDateRejectsTheWholeDossier() {
        assertRejectedWhole("us-russia-prisoner-swap", f -> f.put("validTime", "2025-02-30"),
                "validTime", "'2025-02-30' is not a date that exists");
    }

    @Test
    void aRelativeDateRejectsTheWholeDossier() {
        assertRejectedWhole("us-russia-prisoner-swap", f -> f.put("validTime", "Tuesday"),
                "validTime", "'Tuesday' is a relative date");
    }

    @Test
    void anUnknownFactKindRejectsTheWholeDossier() {
        assertRejectedWhole("trump-putin-call", f -> f.put("kind", "phone-call"),
                "kind", "unknown fact kind 'phone-call'");
    }

    /** Breaks one fact of the reference dossier, once into an empty store and once on top of the story. */
    private void assertRejectedWhole(String factId, Consumer<Map<String, Object>> breakIt, String field,
                                     String message) {
        Map<String, Object> dossier = SampleDossier.seed();
        int index = indexOf(dossier, factId);
        String id = (String) fact(dossier, index).get("id");
        breakIt.accept(fact(dossier, index));
        String broken = SampleDossier.yaml(dossier);

        DossierRejected rejected = catchThrowableOfType(DossierRejected.class,
                () -> importer.importDossier(broken, DossierFormat.YAML));
        assertThat(rejected.errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo("facts[" + index + "] (id '" + id + "')");
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
        assertThat(tracker.eventCount()).isZero();
        assertThat(tracker.transactions.started).isZero();

        importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
        long events = tracker.eventCount();
        catchThrowableOfType(DossierRejected.class, () -> importer.importDossier(broken, DossierFormat.YAML));
        assertThat(tracker.eventCount()).isEqualTo(events);
    }

    @Test
    void aFactIdRecordedWithOtherContentRejectsTheWholeSecondDossierAndRollsItBack() {
        importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
        long events = tracker.eventCount();

        // a second article: a new actor and new facts, and one fact id that the store holds with other content
        Map<String, Object> second = map(
                "id", "second-article",
                "sources", list(map("id", "second-article", "publishedAt", "2025-02-13")),
                "actors", list(map("id", "peskov", "name", "Dmitry Peskov", "kind", "person",
                        "roles", list("Kremlin spokesman"), "speaksFor", list("kremlin"))),
                "facts", list(
                        map("id", "peskov-on-call", "kind", "statement", "track", "us-russia",
                                "summary", "Peskov spoke about the call.", "validTime", "2025-02-13",
                                "provenance", map("assertedBy", "peskov", "source", "second-article"),
                                "speaker", "peskov"),
                        map("id", "trump-putin-call", "kind", "call", "track", "us-russia",
                                "summary", "Trump and Putin spoke for two hours.", "validTime", "2025-02-12",
                                "provenance", map("assertedBy", "peskov", "source", "second-article"),
                                "participants", list("trump", "putin"), "duration", "PT2H"),
                        map("id", "swap-welcomed", "kind", "statement", "track", "us-russia",
                                "summary", "The swap was welcomed.", "validTime", "2025-02-13",
                                "provenance", map("assertedBy", "kremlin", "source", "second-article"),
                                "speaker", "kremlin")));

        DossierRejected rejected = catchThrowableOfType(DossierRejected.class,
                () -> importer.importDossier(SampleDossier.yaml(second), DossierFormat.YAML));

        assertThat(rejected.errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo("facts[1] (id 'trump-putin-call')");
            assertThat(error.field()).isEqualTo("id");
            assertThat(error.message()).startsWith("FACT_RECORDED_ONCE").contains("already recorded");
        });
        assertThat(tracker.eventCount()).isEqualTo(events);
        assertThat(tracker.transactions.started).isEqualTo(2);
        assertThat(tracker.transactions.rolledBack).isEqualTo(1);

        // without the conflicting fact, the same dossier is recorded: the rollback left nothing behind
        SampleDossier.facts(second).remove(1);
        ImportReport report = importer.importDossier(SampleDossier.yaml(second), DossierFormat.YAML);
        assertThat(report).isEqualTo(new ImportReport("second-article", 1, 0, 0, 0, 2, 0));
        assertThat(tracker.eventCount()).isEqualTo(events + 3);
    }

    @Test
    void everyRefusalOfTheWriteSideIsReportedAgainstItsEntry() {
        importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
        long events = tracker.eventCount();
        Map<String, Object> later = map(
                "id", "later-article",
                "sources", list(map("id", "later-article", "publishedAt", "2025-02-20")),
                "facts", list(
                        map("id", "moscow-visit-accepted", "kind", "invitation-accepted", "track", "us-ukraine",
                                "summary", "Trump accepted the invitation to Moscow.", "validTime", "2025-02-20",
                                "provenance", map("assertedBy", "trump", "source", "later-article"),
                                "invitation", "putin-invites-trump-to-moscow"),
                        map("id", "new-swap", "kind", "prisoner-swap", "track", "us-russia",
                                "summary", "Another swap.", "validTime", "2025-02-19",
                                "provenance", map("assertedBy", "kremlin", "source", "later-article"),
                                "parties", list("united-states", "russia")),
                        map("id", "munich-meeting-cancelled", "kind", "meeting-cancelled", "track", "us-russia",
                                "summary", "The Munich meeting was called off.", "validTime", "2025-02-14",
                                "provenance", map("assertedBy", "trump", "source", "later-article"),
                                "meeting", "trump-zelenskiy-munich")));

        DossierRejected rejected = catchThrowableOfType(DossierRejected.class,
                () -> importer.importDossier(SampleDossier.json(later), DossierFormat.JSON));

        // the invitation and the meeting belong to other tracks than the ones these facts name
        assertThat(rejected.errors()).extracting(DossierError::entry, DossierError::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("facts[0] (id 'moscow-visit-accepted')", "invitation"),
                        org.assertj.core.groups.Tuple.tuple("facts[2] (id 'munich-meeting-cancelled')", "meeting"));
        assertThat(rejected.errors().get(0).message()).startsWith("INVITATION_MUST_EXIST");
        assertThat(rejected.errors().get(1).message()).startsWith("MEETING_MUST_EXIST");
        assertThat(tracker.eventCount()).isEqualTo(events);
    }

    @Test
    void aDossierMayNameActorsAndTracksThatAreAlreadyInTheStore() {
        importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
        Map<String, Object> later = map(
                "id", "moscow-answer",
                "sources", list(map("id", "moscow-answer", "publishedAt", "2025-02-20", "outlet", "Example Wire")),
                "facts", list(map("id", "moscow-visit-accepted", "kind", "invitation-accepted",
                        "track", "us-russia", "summary", "Trump accepted the invitation to Moscow.",
                        "validTime", "2025-02-20",
                        "provenance", map("assertedBy", "trump", "channel", "press conference",
                                "source", "moscow-answer"),
                        "invitation", "putin-invites-trump-to-moscow")));

        ImportReport report = importer.importDossier(SampleDossier.yaml(later), DossierFormat.YAML);

        assertThat(report).isEqualTo(new ImportReport("moscow-answer", 0, 0, 0, 0, 1, 0));
    }

    @Test
    void theSmallExampleImportsAndItsActorsAreRegisteredBeforeTheActorsThatSpeakForThem() {
        ImportReport report = importer.importDossier(SampleDossier.yaml(SampleDossier.small()),
                DossierFormat.YAML);

        assertThat(report).isEqualTo(new ImportReport("northland-southland-talks", 4, 0, 1, 0, 5, 0));
        List<String> registered = tracker.events().stream().filter(ActorRegistered.class::isInstance)
                .map(e -> ((ActorRegistered) e).actor().value()).toList();
        assertThat(registered).containsExactly("northland", "north-pm", "north-office", "southland");
    }

    @Test
    void aProvenanceWithoutSourceIsReportedBeforeAnythingIsSent() {
        Map<String, Object> dossier = SampleDossier.seed();
        provenance(fact(dossier, 0)).remove("source");

        DossierRejected rejected = catchThrowableOfType(DossierRejected.class,
                () -> importer.importDossier(SampleDossier.yaml(dossier), DossierFormat.YAML));

        assertThat(rejected.errors()).containsExactly(new DossierError("facts[0] (id 'trump-putin-call')",
                "provenance.source", "missing required field 'source'"));
        assertThat(tracker.transactions.started).isZero();
    }

    private static <T extends FactEvent> T only(List<Object> events, Class<T> type, String factId) {
        return events.stream().filter(type::isInstance).map(type::cast)
                .filter(e -> e.fact().id().value().equals(factId)).reduce((a, b) -> {
                    throw new AssertionError("two facts " + factId);
                }).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + factId));
    }
}
