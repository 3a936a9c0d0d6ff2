package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.RegisterActor;
import com.negotiationtracker.core.call.RecordCall;
import com.negotiationtracker.core.invitation.IssueInvitation;
import com.negotiationtracker.core.meeting.ProposeMeeting;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.TrackId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.negotiationtracker.core.dossier.SampleDossier.actor;
import static com.negotiationtracker.core.dossier.SampleDossier.fact;
import static com.negotiationtracker.core.dossier.SampleDossier.facts;
import static com.negotiationtracker.core.dossier.SampleDossier.list;
import static com.negotiationtracker.core.dossier.SampleDossier.map;
import static com.negotiationtracker.core.dossier.SampleDossier.provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every kind of error the validator finds, each naming its entry and field. */
@SuppressWarnings("unchecked")
class DossierValidatorTest {

    /** Actors and tracks that an earlier import put in the store. */
    private static final Set<String> ACTORS_IN_STORE = Set.of("eastland");
    private static final Set<String> TRACKS_IN_STORE = Set.of("north-east");

    private final DossierValidator validator = new DossierValidator(
            actor -> ACTORS_IN_STORE.contains(actor.value()), track -> TRACKS_IN_STORE.contains(track.value()));

    private final Map<String, Object> dossier = SampleDossier.small();

    private static final String CALL = "facts[0] (id 'north-south-call')";
    private static final String INVITATION = "facts[1] (id 'harbour-invitation')";

    // ---- a valid dossier ----

    @Test
    void aValidDossierBecomesItsCommands() {
        ValidatedDossier valid = validator.validate(SampleDossier.tree(dossier));

        assertThat(valid.id()).isEqualTo("northland-southland-talks");
        assertThat(valid.tracks()).hasSize(1);
        assertThat(valid.facts()).extracting(ValidatedDossier.PlannedFact::kind).containsExactly(
                FactKind.CALL, FactKind.INVITATION_ISSUED, FactKind.INVITATION_ACCEPTED, FactKind.MEETING_PROPOSED,
                FactKind.MEETING_HELD);
        RecordCall call = (RecordCall) valid.facts().get(0).command();
        assertThat(call.track()).isEqualTo(TrackId.of("north-south"));
        assertThat(call.participants()).containsExactly(ActorId.of("north-pm"), ActorId.of("southland"));
        assertThat(call.duration()).isEqualTo(new ReportedDuration("PT45M", true, "some 45 minutes"));
        assertThat(call.fact().validTime()).isEqualTo(new ValidTime("2031-05-03", TimePrecision.DAY, false));
        assertThat(call.fact().provenance().source().outlet()).isEqualTo("Harbour Gazette");
        IssueInvitation invitation = (IssueInvitation) valid.facts().get(1).command();
        assertThat(invitation.venue()).isEqualTo(Venue.named("Port Nord", ActorId.of("northland")));
        assertThat(invitation.plannedFor()).isEqualTo(ValidTime.of("2031-06"));
        assertThat(((ProposeMeeting) valid.facts().get(3).command()).venue()).isEqualTo(Venue.thirdCountry());
        assertThat(valid.facts().get(4).fact().validTime().approximate()).isTrue();
        assertThat(valid.facts().get(0).entry()).isEqualTo(CALL);
    }

    @Test
    void actorsAreOrderedSoThatEachComesAfterTheActorsItSpeaksFor() {
        ValidatedDossier valid = validator.validate(SampleDossier.tree(dossier));

        assertThat(valid.actors()).extracting(a -> a.command().actor().value())
                .containsExactly("northland", "north-pm", "north-office", "southland");
        assertThat(valid.actors().get(2).entry()).isEqualTo("actors[0] (id 'north-office')");
    }

    @Test
    void actorsAndTracksAlreadyInTheStoreMayBeNamed() {
        facts(dossier).add(SampleDossier.fact("east-call", "call", "A call with Eastland.", "2031-05-05",
                "participants", list("north-pm", "eastland")));
        fact(dossier, 5).put("track", "north-east");

        assertThat(validator.check(SampleDossier.tree(dossier))).isEmpty();
    }

    @Test
    void theKindsAreTheCommandsOfTheWriteSide() {
        assertThat(FactKind.labels()).containsExactly("call", "statement", "talks-agreed", "contact-suspended",
                "prisoner-swap", "position", "demand", "proposal", "security-guarantee", "invitation-issued",
                "invitation-accepted", "invitation-declined", "invitation-withdrawn", "meeting-proposed",
                "meeting-agreed", "meeting-venue-considered", "meeting-scheduled", "meeting-held",
                "meeting-cancelled");
    }

    // ---- missing, unknown and mistyped fields ----

    @Test
    void aMissingRequiredFieldIsNamed() {
        fact(dossier, 0).remove("summary");

        assertThat(errors()).containsExactly(
                new DossierError(CALL, "summary", "missing required field 'summary'"));
    }

    @Test
    void aMissingProvenanceIsNamed() {
        fact(dossier, 0).remove("provenance");

        assertThat(errors()).containsExactly(
                new DossierError(CALL, "provenance", "missing required field 'provenance'"));
    }

    @Test
    void aMissingFieldInsideProvenanceIsNamedWithItsPath() {
        provenance(fact(dossier, 0)).remove("assertedBy");

        assertThat(errors()).containsExactly(
                new DossierError(CALL, "provenance.assertedBy", "missing required field 'assertedBy'"));
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldItProbablyMeant() {
        Map<String, Object> call = fact(dossier, 0);
        call.put("particpants", call.remove("participants"));

        assertThat(errors()).containsExactly(
                new DossierError(CALL, "particpants", "unknown field 'particpants' (did you mean 'participants'?);"
                        + " a fact of kind 'call' has the fields id, kind, track, summary, validTime, provenance,"
                        + " participants, duration"),
                new DossierError(CALL, "participants", "missing required field 'participants'"));
    }

    @Test
    void aFieldOfAnotherKindIsUnknownToThisOne() {
        fact(dossier, 0).put("venue", "third-country");

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo(CALL);
            assertThat(error.field()).isEqualTo("venue");
            assertThat(error.message()).startsWith("unknown field 'venue'");
        });
    }

    @Test
    void anUnknownTopLevelFieldIsAnErrorOfTheDossier() {
        dossier.put("fact", list());

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo("dossier");
            assertThat(error.field()).isEqualTo("fact");
            assertThat(error.message()).contains("did you mean 'facts'?");
        });
    }

    @Test
    void aWrongTypeIsNamed() {
        fact(dossier, 0).put("participants", "north-pm");
        fact(dossier, 0).put("summary", 42);
        ((Map<String, Object>) fact(dossier, 0).get("duration")).put("approximate", "yes");

        assertThat(errors()).containsExactly(
                new DossierError(CALL, "summary", "must be text, not a number (put it in quotes)"),
                new DossierError(CALL, "participants", "must be a list, such as [a, b], not text 'north-pm'"),
                new DossierError(CALL, "duration.approximate", "must be true or false, not text 'yes'"));
    }

    @Test
    void anEntryThatIsNotAMappingIsNamed() {
        ((List<Object>) dossier.get("facts")).add("north-south-call");

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo("facts[5]");
            assertThat(error.field()).isNull();
            assertThat(error.message()).contains("is a mapping of fields").contains("not text 'north-south-call'");
        });
    }

    @Test
    void aSectionThatIsNotAListIsNamed() {
        dossier.put("tracks", map("id", "north-south"));

        assertThat(errors()).contains(new DossierError("dossier", "tracks",
                "must be a list, such as [a, b], not a mapping"));
    }

    @Test
    void anotherVersionIsRefused() {
        dossier.put("version", 2);

        assertThat(errors()).containsExactly(new DossierError("dossier", "version",
                "this importer reads dossiers of version 1, not a number 2"));
    }

    @Test
    void anIdThatIsNotASlugIsNamed() {
        fact(dossier, 0).put("id", "North South Call");

        assertThat(errors()).containsExactly(new DossierError("facts[0] (id 'North South Call')", "id",
                "fact id 'North South Call' must be lower-case letters, digits and dashes (at most 120), starting"
                        + " with a letter or digit"));
    }

    @Test
    void anEntryWithoutIdIsNamedByItsPosition() {
        fact(dossier, 2).remove("id");

        assertThat(errors()).containsExactly(new DossierError("facts[2]", "id", "missing required field 'id'"));
    }

    // ---- dates ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2025-02-30 | '2025-02-30' is not a date that exists (Invalid date 'FEBRUARY 30')",
            "2025-13    | '2025-13' is not a month that exists",
            "12/02/2025 | '12/02/2025' is not an ISO-8601 date: write 2025-02-12 (a day), 2025-02 (a month)",
            "Tuesday    | 'Tuesday' is a relative date, which a dossier cannot hold",
            "last week  | 'last week' is a relative date",
            "2025-02-12T14:30 | '2025-02-12T14:30' has no UTC offset"})
    void aBadValidTimeIsNamedAndExplained(String value, String message) {
        fact(dossier, 0).put("validTime", value);

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo(CALL);
            assertThat(error.field()).isEqualTo("validTime");
            assertThat(error.message()).startsWith(message);
        });
    }

    @Test
    void badTimesInsideMappingsAreNamedWithTheirPath() {
        fact(dossier, 4).put("validTime", map("value", "yesterday", "approximate", true));
        fact(dossier, 1).put("plannedFor", map("value", "2031-06", "precision", "day"));
        dossier.put("sources", list(map("id", "harbour-gazette-2031-05-04", "publishedAt", "today")));

        assertThat(errors()).extracting(DossierError::entry, DossierError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sources[0] (id 'harbour-gazette-2031-05-04')", "publishedAt"),
                org.assertj.core.groups.Tuple.tuple(INVITATION, "plannedFor.precision"),
                org.assertj.core.groups.Tuple.tuple("facts[4] (id 'summit-held')", "validTime.value"));
    }

    @Test
    void timesMayBeWrittenAtEveryPrecision() {
        fact(dossier, 0).put("validTime", map("value", "2031-05-03T09:15:00Z", "precision", "instant"));
        fact(dossier, 2).put("validTime", 2031);
        fact(dossier, 3).put("validTime", map("value", "2031", "approximate", true, "precision", "year"));

        ValidatedDossier valid = validator.validate(SampleDossier.tree(dossier));

        assertThat(valid.facts().get(0).fact().validTime().precision()).isEqualTo(TimePrecision.INSTANT);
        assertThat(valid.facts().get(2).fact().validTime()).isEqualTo(ValidTime.of("2031"));
        assertThat(valid.facts().get(3).fact().validTime())
                .isEqualTo(new ValidTime("2031", TimePrecision.YEAR, true));
    }

    @Test
    void aBadDurationIsNamed() {
        fact(dossier, 0).put("duration", "an hour");

        assertThat(errors()).containsExactly(new DossierError(CALL, "duration",
                "'an hour' is not an ISO-8601 duration such as PT1H30M (an hour and a half) or PT45M"));
    }

    // ---- kinds, references and ids ----

    @Test
    void anUnknownFactKindListsTheKinds() {
        fact(dossier, 0).put("kind", "cal");

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo(CALL);
            assertThat(error.field()).isEqualTo("kind");
            assertThat(error.message()).isEqualTo("unknown fact kind 'cal' (did you mean 'call'?); the kinds are "
                    + String.join(", ", FactKind.labels()));
        });
    }

    @Test
    void anUnknownActorIsNamedWhereverItIsReferenced() {
        fact(dossier, 0).put("participants", list("north-pm", "soutland"));
        provenance(fact(dossier, 2)).put("assertedBy", "nobody");
        actor(dossier, 1).put("speaksFor", list("northlandia"));
        fact(dossier, 1).put("venue", map("kind", "named", "place", "Port Nord", "country", "westland"));

        assertThat(errors()).containsExactly(
                new DossierError("actors[1] (id 'north-pm')", "speaksFor[0]", "unknown actor 'northlandia'"
                        + " (did you mean 'northland'?): it is neither under actors in this dossier nor in the actor"
                        + " directory"),
                new DossierError(CALL, "participants[1]", "unknown actor 'soutland' (did you mean 'southland'?): it"
                        + " is neither under actors in this dossier nor in the actor directory"),
                new DossierError(INVITATION, "venue.country", "unknown actor 'westland': it is neither under"
                        + " actors in this dossier nor in the actor directory"),
                new DossierError("facts[2] (id 'harbour-invitation-accepted')", "provenance.assertedBy",
                        "unknown actor 'nobody': it is neither under actors in this dossier nor in the actor"
                                + " directory"));
    }

    @Test
    void anUnknownTrackIsNamed() {
        fact(dossier, 0).put("track", "north-soth");

        assertThat(errors()).containsExactly(new DossierError(CALL, "track", "unknown track 'north-soth' (did you"
                + " mean 'north-south'?): it is neither under tracks in this dossier nor already opened"));
    }

    @Test
    void anUnknownSourceIsNamed() {
        provenance(fact(dossier, 0)).put("source", "harbour-gazette");

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo(CALL);
            assertThat(error.field()).isEqualTo("provenance.source");
            assertThat(error.message()).startsWith("unknown source 'harbour-gazette'");
        });
    }

    @Test
    void duplicateIdsAreNamedAtTheirSecondUse() {
        fact(dossier, 3).put("id", "north-south-call");
        ((List<Object>) dossier.get("actors")).add(map("id", "northland", "name", "Northland again", "kind", "state"));

        assertThat(errors()).containsExactly(
                new DossierError("actors[4] (id 'northland')", "id", "duplicate id 'northland': actors[2] already"
                        + " has it; ids are unique within a dossier"),
                new DossierError("facts[3] (id 'north-south-call')", "id", "duplicate id 'north-south-call':"
                        + " facts[0] already has it; ids are unique within a dossier"));
    }

    @Test
    void aCycleOfSpeakersIsAnError() {
        actor(dossier, 2).put("speaksFor", list("north-office"));

        assertThat(errors()).containsExactly(new DossierError("actors[2] (id 'northland')", "speaksFor",
                "speaksFor goes round in a cycle: north-office -> north-pm -> northland -> north-office; an actor"
                        + " cannot (indirectly) speak for itself"));
    }

    @Test
    void anActorCannotSpeakForItself() {
        actor(dossier, 3).put("speaksFor", list("southland"));

        assertThat(errors()).containsExactly(new DossierError("actors[3] (id 'southland')", "speaksFor",
                "an actor cannot speak for itself"));
    }

    @Test
    void tooFewParticipantsAreNamed() {
        fact(dossier, 0).put("participants", list("north-pm"));
        fact(dossier, 3).put("participants", list("northland", "northland"));

        assertThat(errors()).containsExactly(
                new DossierError(CALL, "participants", "a call needs two distinct participants; the list has 1"),
                new DossierError("facts[3] (id 'summit-proposed')", "participants[1]", "names 'northland' twice"));
    }

    @Test
    void anInvitationMustBeIssuedAboveTheFactsThatAnswerIt() {
        Map<String, Object> accepted = facts(dossier).remove(2);
        facts(dossier).add(0, accepted);

        assertThat(errors()).containsExactly(new DossierError("facts[0] (id 'harbour-invitation-accepted')",
                "invitation", "invitation 'port-nord-visit' first appears in facts[2] (id 'harbour-invitation'),"
                + " further down: facts are recorded in file order, so move that fact above this one"));
    }

    @Test
    void aMeetingBelongsToTheTrackThatProposedIt() {
        dossier.put("tracks", list(((List<?>) dossier.get("tracks")).get(0),
                map("id", "north-south-2", "title", "Another track")));
        fact(dossier, 4).put("track", "north-south-2");

        assertThat(errors()).containsExactly(new DossierError("facts[4] (id 'summit-held')", "meeting",
                "meeting 'summit' belongs to track 'north-south' (facts[3] (id 'summit-proposed')), not to track"
                        + " 'north-south-2'"));
    }

    @Test
    void anInvitationIsIssuedOnce() {
        facts(dossier).add(SampleDossier.fact("harbour-invitation-again", "invitation-issued", "Again.",
                "2031-05-05", "invitation", "port-nord-visit", "host", "northland", "guest", "southland"));

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.entry()).isEqualTo("facts[5] (id 'harbour-invitation-again')");
            assertThat(error.field()).isEqualTo("invitation");
            assertThat(error.message()).contains("already exists in track 'north-south' (" + INVITATION + ")");
        });
    }

    @Test
    void venuesAreChecked() {
        fact(dossier, 1).put("venue", map("kind", "named", "country", "northland"));
        fact(dossier, 3).put("venue", map("kind", "unspecified", "country", "northland"));
        facts(dossier).add(SampleDossier.fact("summit-venue", "meeting-venue-considered", "A venue.",
                "2031-05-05", "meeting", "summit", "venue", "somewhere"));

        assertThat(errors()).containsExactly(
                new DossierError(INVITATION, "venue.place", "a named venue needs its place, such as Moscow"),
                new DossierError("facts[3] (id 'summit-proposed')", "venue", "an unspecified venue names no place"
                        + " and no country: leave them out, or make the kind named or third-country"),
                new DossierError("facts[5] (id 'summit-venue')", "venue", "unknown value 'somewhere'; write one of"
                        + " named, third-country, unspecified"));
    }

    @Test
    void theHostAndTheGuestDiffer() {
        fact(dossier, 1).put("guest", "northland");

        assertThat(errors()).containsExactly(new DossierError(INVITATION, "guest",
                "the host and the guest of an invitation are different actors"));
    }

    @Test
    void anUnknownActorKindListsTheKinds() {
        actor(dossier, 3).put("kind", "country");

        assertThat(errors()).containsExactly(new DossierError("actors[3] (id 'southland')", "kind",
                "unknown value 'country'; write one of person, office, state, alliance, organization,"
                        + " unnamed-sources"));
    }

    // ---- size ----

    @Test
    void moreThanTenThousandFactsAreRefusedWithOneError() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i <= DossierValidator.MAX_ENTRIES; i++) {
            many.add(map("id", "fact-" + i));
        }
        dossier.put("facts", many);

        assertThat(errors()).containsExactly(new DossierError("dossier", "facts", "has 10,001 entries; a dossier"
                + " may have at most 10,000 facts: split it into several dossiers"));
    }

    // ---- all errors at once ----

    @Test
    void aDossierWithSeveralErrorsReportsThemAll() {
        dossier.remove("id");
        actor(dossier, 3).remove("name");
        fact(dossier, 0).put("validTime", "Wednesday");
        fact(dossier, 1).put("kind", "invitation");
        provenance(fact(dossier, 2)).put("source", "gazette");
        fact(dossier, 3).put("attendes", list("north-pm"));

        List<DossierError> errors = errors();

        assertThat(errors).extracting(DossierError::entry, DossierError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dossier", "id"),
                org.assertj.core.groups.Tuple.tuple("actors[3] (id 'southland')", "name"),
                org.assertj.core.groups.Tuple.tuple(CALL, "validTime"),
                org.assertj.core.groups.Tuple.tuple(INVITATION, "kind"),
                org.assertj.core.groups.Tuple.tuple("facts[2] (id 'harbour-invitation-accepted')",
                        "provenance.source"),
                org.assertj.core.groups.Tuple.tuple("facts[3] (id 'summit-proposed')", "attendes"));
        DossierRejected rejected = catchThrowableOfType(DossierRejected.class,
                () -> validator.validate(SampleDossier.tree(dossier)));
        assertThat(rejected.errors()).isEqualTo(errors);
        assertThat(rejected.getMessage()).contains("6 error(s)")
                .contains("facts[3] (id 'summit-proposed') attendes: unknown field 'attendes' (did you mean"
                        + " 'attendees'?)");
    }

    @Test
    void theRegisterActorCommandsCarryTheProfiles() {
        ValidatedDossier valid = validator.validate(SampleDossier.tree(dossier));

        assertThat(valid.actors()).extracting(ValidatedDossier.Planned::command).contains(
                new RegisterActor(ActorId.of("north-pm"), "Ada Nord", com.negotiationtracker.core.actor.ActorKind.PERSON,
                        List.of("Prime Minister of Northland"), List.of(ActorId.of("northland"))));
    }

    private List<DossierError> errors() {
        return validator.check(SampleDossier.tree(dossier));
    }
}
