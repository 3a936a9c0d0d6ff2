package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.actor.ActorDirectory;
import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.core.actor.RegisterActor;
import com.negotiationtracker.core.call.RecordCall;
import com.negotiationtracker.core.channel.RecordContactSuspension;
import com.negotiationtracker.core.claim.ClaimCommand;
import com.negotiationtracker.core.claim.ClaimField;
import com.negotiationtracker.core.claim.ClaimValue;
import com.negotiationtracker.core.claim.CorrectClaim;
import com.negotiationtracker.core.claim.CorroborateClaim;
import com.negotiationtracker.core.claim.DisputeClaim;
import com.negotiationtracker.core.claim.RecordAppearance;
import com.negotiationtracker.core.claim.ReportId;
import com.negotiationtracker.core.claim.RetractClaim;
import com.negotiationtracker.core.common.Slug;
import com.negotiationtracker.core.invitation.AcceptInvitation;
import com.negotiationtracker.core.invitation.DeclineInvitation;
import com.negotiationtracker.core.invitation.InvitationId;
import com.negotiationtracker.core.invitation.IssueInvitation;
import com.negotiationtracker.core.invitation.WithdrawInvitation;
import com.negotiationtracker.core.measure.RecordPrisonerSwap;
import com.negotiationtracker.core.meeting.AgreeMeeting;
import com.negotiationtracker.core.meeting.CancelMeeting;
import com.negotiationtracker.core.meeting.ConsiderVenue;
import com.negotiationtracker.core.meeting.HoldMeeting;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.meeting.ProposeMeeting;
import com.negotiationtracker.core.meeting.ScheduleMeeting;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.meeting.VenueKind;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.position.MakeDemand;
import com.negotiationtracker.core.position.MakeProposal;
import com.negotiationtracker.core.position.OfferSecurityGuarantee;
import com.negotiationtracker.core.position.StatePosition;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.statement.RecordStatement;
import com.negotiationtracker.core.talks.RecordTalksAgreement;
import com.negotiationtracker.core.time.Hedge;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.OpenTrack;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackDirectory;
import com.negotiationtracker.core.track.TrackId;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static com.negotiationtracker.core.dossier.DossierReader.WHOLE_DOSSIER;

/**
 * Walks a dossier's tree and turns it into the commands that record it, or reports every error it finds: missing,
 * unknown and mistyped fields, malformed, impossible and relative dates, unknown fact kinds, references to actors,
 * tracks, sources, invitations and meetings that do not exist, duplicate ids and oversized sections; and the later
 * reports about claims (appearances, corroborations, disputes, corrections, retractions) in section
 * {@code reports}. Each error
 * names its entry ({@code facts[3] (id 'trump-putin-call')}, counted from 0) and its field
 * ({@code provenance.source}).
 * <p>
 * An actor may be defined in the dossier or already be in the {@link ActorDirectory}; a track may be opened in the
 * dossier or already be known to the {@link TrackDirectory}. Sources are always defined in the dossier.
 */
public final class DossierValidator {

    /** The most entries one section of a dossier (sources, actors, tracks, facts, reports) may have. */
    public static final int MAX_ENTRIES = 10_000;

    /** The dossier versions this validator reads. */
    public static final int VERSION = 1;

    static final List<String> TOP_FIELDS =
            List.of("version", "id", "title", "sources", "actors", "tracks", "facts", "reports");
    static final List<String> SOURCE_FIELDS = List.of("id", "publishedAt", "outlet", "title", "url");
    static final List<String> ACTOR_FIELDS = List.of("id", "name", "kind", "roles", "speaksFor");
    static final List<String> TRACK_FIELDS = List.of("id", "title", "parties");
    static final List<String> PROVENANCE_FIELDS = List.of("assertedBy", "channel", "source", "quote");
    static final List<String> TIME_FIELDS = List.of("value", "approximate", "precision");
    static final List<String> DURATION_FIELDS = List.of("value", "hedge", "approximate", "asReported");
    static final List<String> VENUE_FIELDS = List.of("kind", "place", "country");

    private static final List<String> SECTIONS = List.of("sources", "actors", "tracks", "facts", "reports");

    private final ActorDirectory actorDirectory;
    private final TrackDirectory trackDirectory;

    public DossierValidator(ActorDirectory actorDirectory, TrackDirectory trackDirectory) {
        this.actorDirectory = Objects.requireNonNull(actorDirectory, "an actor directory is needed");
        this.trackDirectory = Objects.requireNonNull(trackDirectory, "a track directory is needed");
    }

    /**
     * The dossier's commands.
     *
     * @throws DossierRejected with every error found, when there is any
     */
    public ValidatedDossier validate(JsonNode dossier) {
        Run run = new Run();
        ValidatedDossier validated = run.walk(dossier);
        if (!run.errors.isEmpty()) {
            throw new DossierRejected(run.errors);
        }
        return validated;
    }

    /** Every error in the dossier; empty when it would be accepted. */
    public List<DossierError> check(JsonNode dossier) {
        Run run = new Run();
        run.walk(dossier);
        return List.copyOf(run.errors);
    }

    /** The state of one validation: the errors found and what the dossier defines. */
    private final class Run {

        private final List<DossierError> errors = new ArrayList<>();
        private final Set<String> definedActors = new LinkedHashSet<>();
        private final Set<String> definedTracks = new LinkedHashSet<>();
        private final Set<String> definedSources = new LinkedHashSet<>();
        private final Map<String, Source> sources = new HashMap<>();
        private final Map<String, Boolean> actorsInStore = new HashMap<>();
        private final Map<String, Boolean> tracksInStore = new HashMap<>();
        /** The dossier's own facts by id, for the reports about them. */
        private final Map<String, DossierFact> dossierFacts = new HashMap<>();

        ValidatedDossier walk(JsonNode root) {
            EntryReader dossier = new EntryReader(WHOLE_DOSSIER, errors);
            if (root == null || root.isMissingNode() || root.isNull()) {
                dossier.error(null, "the dossier is empty");
                return null;
            }
            if (!root.isObject()) {
                dossier.error(null, "a dossier is a mapping with the fields " + String.join(", ", TOP_FIELDS)
                        + ", not " + EntryReader.typeOf(root));
                return null;
            }
            dossier.allowOnly(root, "", TOP_FIELDS, "a dossier");
            JsonNode version = dossier.get(root, "", "version", false);
            if (version != null && !(version.isIntegralNumber() && version.canConvertToInt()
                    && version.intValue() == VERSION)) {
                dossier.error("version", "this importer reads dossiers of version " + VERSION + ", not "
                        + EntryReader.describe(version));
            }
            String id = slug(dossier, root, "", "id", true, "dossier id");
            dossier.text(root, "", "title", false);

            Map<String, List<JsonNode>> sections = new LinkedHashMap<>();
            boolean oversized = false;
            for (String name : SECTIONS) {
                List<JsonNode> entries = dossier.list(root, "", name, false);
                if (entries != null && entries.size() > MAX_ENTRIES) {
                    dossier.error(name, String.format(Locale.ROOT, "has %,d entries; a dossier may have at most %,d"
                            + " %s: split it into several dossiers", entries.size(), MAX_ENTRIES, name));
                    oversized = true;
                }
                sections.put(name, entries == null ? List.of() : entries);
            }
            if (oversized) {
                return null;
            }

            collectIds("sources", sections.get("sources"), definedSources);
            collectIds("actors", sections.get("actors"), definedActors);
            collectIds("tracks", sections.get("tracks"), definedTracks);
            collectIds("facts", sections.get("facts"), new LinkedHashSet<>());
            collectIds("reports", sections.get("reports"), new LinkedHashSet<>());

            List<JsonNode> sourceEntries = sections.get("sources");
            for (int i = 0; i < sourceEntries.size(); i++) {
                source(i, sourceEntries.get(i));
            }
            List<ActorPlan> actorPlans = new ArrayList<>();
            List<JsonNode> actorEntries = sections.get("actors");
            for (int i = 0; i < actorEntries.size(); i++) {
                ActorPlan plan = actor(i, actorEntries.get(i));
                if (plan != null) {
                    actorPlans.add(plan);
                }
            }
            List<ValidatedDossier.Planned<OpenTrack>> tracks = new ArrayList<>();
            List<JsonNode> trackEntries = sections.get("tracks");
            for (int i = 0; i < trackEntries.size(); i++) {
                ValidatedDossier.Planned<OpenTrack> track = track(i, trackEntries.get(i));
                if (track != null) {
                    tracks.add(track);
                }
            }
            List<ValidatedDossier.PlannedFact> facts = new ArrayList<>();
            List<ObjectReference> references = new ArrayList<>();
            List<JsonNode> factEntries = sections.get("facts");
            for (int i = 0; i < factEntries.size(); i++) {
                ValidatedDossier.PlannedFact fact = fact(i, factEntries.get(i), references);
                if (fact != null) {
                    facts.add(fact);
                }
            }
            checkReferences(references, "invitation", FactKind.INVITATION_ISSUED::equals);
            checkReferences(references, "meeting",
                    kind -> kind == FactKind.MEETING_PROPOSED || kind == FactKind.MEETING_AGREED);
            List<ValidatedDossier.PlannedReport> reports = new ArrayList<>();
            List<JsonNode> reportEntries = sections.get("reports");
            for (int i = 0; i < reportEntries.size(); i++) {
                ValidatedDossier.PlannedReport report = report(i, reportEntries.get(i));
                if (report != null) {
                    reports.add(report);
                }
            }
            List<ValidatedDossier.Planned<RegisterActor>> actors = speakersLast(actorPlans);
            if (errors.isEmpty() && (actors.size() != actorEntries.size() || tracks.size() != trackEntries.size()
                    || facts.size() != factEntries.size() || sources.size() != sourceEntries.size()
                    || reports.size() != reportEntries.size())) {
                // every entry left out must have been reported; this guards against recording part of a dossier
                dossier.error(null, "internal error: some entries could not be read although no error was found;"
                        + " nothing was recorded");
            }
            return errors.isEmpty() ? new ValidatedDossier(id, actors, tracks, facts, reports) : null;
        }

        // ---- ids ----

        private void collectIds(String section, List<JsonNode> entries, Set<String> defined) {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                JsonNode id = entry.isObject() ? entry.get("id") : null;
                if (id == null || !id.isString() || id.stringValue().isBlank()) {
                    continue;
                }
                String value = id.stringValue();
                defined.add(value);
                Integer earlier = first.putIfAbsent(value, i);
                if (earlier != null) {
                    errors.add(new DossierError(label(section, i, entry), "id", "duplicate id '" + value
                            + "': " + section + "[" + earlier + "] already has it; ids are unique within a dossier"));
                }
            }
        }

        private String label(String section, int index, JsonNode entry) {
            JsonNode id = entry.isObject() ? entry.get("id") : null;
            String position = section + "[" + index + "]";
            return id != null && id.isString() && !id.stringValue().isBlank()
                    ? position + " (id '" + id.stringValue() + "')" : position;
        }

        private EntryReader entry(String section, int index, JsonNode node, String what) {
            EntryReader reader = new EntryReader(label(section, index, node), errors);
            if (!node.isObject()) {
                reader.error(null, "each entry of " + section + " is a mapping of fields (" + what + "), not "
                        + EntryReader.describe(node));
                return null;
            }
            return reader;
        }

        // ---- sources ----

        private void source(int index, JsonNode node) {
            EntryReader r = entry("sources", index, node, String.join(", ", SOURCE_FIELDS));
            if (r == null) {
                return;
            }
            r.allowOnly(node, "", SOURCE_FIELDS, "a source");
            String id = slug(r, node, "", "id", true, "source id");
            String publishedAt = time(r, node, "", "publishedAt", true);
            String outlet = r.text(node, "", "outlet", false);
            String title = r.text(node, "", "title", false);
            String url = r.text(node, "", "url", false);
            if (url != null) {
                checkUrl(r, url);
            }
            if (!r.failed()) {
                build(r, () -> sources.putIfAbsent(id, new Source(id, outlet, title, url, publishedAt)));
            }
        }

        private void checkUrl(EntryReader r, String url) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    r.error("url", "'" + url + "' is not an absolute http(s) address");
                }
            } catch (URISyntaxException e) {
                r.error("url", "'" + url + "' is not a valid address: " + e.getReason());
            }
        }

        // ---- actors ----

        private record ActorPlan(String entry, RegisterActor command) {
        }

        private ActorPlan actor(int index, JsonNode node) {
            EntryReader r = entry("actors", index, node, String.join(", ", ACTOR_FIELDS));
            if (r == null) {
                return null;
            }
            r.allowOnly(node, "", ACTOR_FIELDS, "an actor");
            String id = slug(r, node, "", "id", true, "actor id");
            String name = r.text(node, "", "name", true);
            ActorKind kind = r.label(node, "", "kind", true, ActorKind.class);
            List<String> roles = texts(r, node, "roles");
            List<ActorId> speaksFor = actors(r, node, "", "speaksFor", false, 0, null);
            if (id != null && speaksFor != null && speaksFor.contains(new ActorId(id))) {
                r.error("speaksFor", "an actor cannot speak for itself");
            }
            if (r.failed()) {
                return null;
            }
            return build(r, () -> new ActorPlan(r.entry(),
                    new RegisterActor(ActorId.of(id), name, kind, roles, speaksFor)));
        }

        private List<String> texts(EntryReader r, JsonNode node, String name) {
            List<JsonNode> items = r.list(node, "", name, false);
            if (items == null) {
                return null;
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                texts.add(r.text(items.get(i), name + "[" + i + "]"));
            }
            return texts;
        }

        /**
         * Orders actors so that each comes after the dossier's actors it speaks for (the write side refuses to
         * register an actor that speaks for one not yet in the directory), keeping file order otherwise. A cycle
         * is an error.
         */
        private List<ValidatedDossier.Planned<RegisterActor>> speakersLast(List<ActorPlan> plans) {
            Map<String, ActorPlan> byId = new LinkedHashMap<>();
            plans.forEach(plan -> byId.putIfAbsent(plan.command().actor().value(), plan));
            Map<String, Integer> state = new HashMap<>();
            List<ValidatedDossier.Planned<RegisterActor>> ordered = new ArrayList<>();
            for (ActorPlan plan : byId.values()) {
                visit(plan, byId, state, new ArrayList<>(), ordered);
            }
            return ordered;
        }

        private void visit(ActorPlan plan, Map<String, ActorPlan> byId, Map<String, Integer> state,
                           List<String> path, List<ValidatedDossier.Planned<RegisterActor>> ordered) {
            String id = plan.command().actor().value();
            if (state.getOrDefault(id, 0) != 0) {
                return;
            }
            state.put(id, 1);
            path.add(id);
            for (ActorId target : plan.command().speaksFor()) {
                ActorPlan next = byId.get(target.value());
                if (next == null) {
                    continue;
                }
                int targetState = state.getOrDefault(target.value(), 0);
                if (targetState == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(target.value()), path.size()));
                    cycle.add(target.value());
                    errors.add(new DossierError(plan.entry(), "speaksFor", "speaksFor goes round in a cycle: "
                            + String.join(" -> ", cycle) + "; an actor cannot (indirectly) speak for itself"));
                } else if (targetState == 0) {
                    visit(next, byId, state, path, ordered);
                }
            }
            path.remove(path.size() - 1);
            state.put(id, 2);
            ordered.add(new ValidatedDossier.Planned<>(plan.entry(), plan.command()));
        }

        // ---- tracks ----

        private ValidatedDossier.Planned<OpenTrack> track(int index, JsonNode node) {
            EntryReader r = entry("tracks", index, node, String.join(", ", TRACK_FIELDS));
            if (r == null) {
                return null;
            }
            r.allowOnly(node, "", TRACK_FIELDS, "a track");
            String id = slug(r, node, "", "id", true, "track id");
            String title = r.text(node, "", "title", true);
            List<ActorId> parties = actors(r, node, "", "parties", false, 0, null);
            if (r.failed()) {
                return null;
            }
            return build(r, () -> new ValidatedDossier.Planned<>(r.entry(),
                    new OpenTrack(TrackId.of(id), title, parties)));
        }

        // ---- facts ----

        /** An invitation or meeting a fact issues, proposes or refers to, for the checks across facts. */
        private record ObjectReference(int index, String entry, FactKind kind, String track, String id) {
        }

        private record Common(TrackId track, Fact fact) {
        }

        private ValidatedDossier.PlannedFact fact(int index, JsonNode node, List<ObjectReference> references) {
            EntryReader r = entry("facts", index, node, "id, kind, track, summary, validTime, provenance and the"
                    + " fields of its kind");
            if (r == null) {
                return null;
            }
            String kindText = r.text(node, "", "kind", true);
            FactKind kind = null;
            if (kindText != null) {
                kind = FactKind.of(kindText).orElse(null);
                if (kind == null) {
                    String hint = Suggestions.closest(kindText, FactKind.labels())
                            .map(s -> " (did you mean '" + s + "'?)").orElse("");
                    r.error("kind", "unknown fact kind '" + kindText + "'" + hint + "; the kinds are "
                            + String.join(", ", FactKind.labels()));
                }
            }
            if (kind != null) {
                r.allowOnly(node, "", kind.allFields(), "a fact of kind '" + kind.label() + "'");
            } else {
                r.allowOnly(node, "", FactKind.anyFields(), "a fact");
            }
            String id = slug(r, node, "", "id", true, "fact id");
            String track = trackRef(r, node);
            String summary = r.text(node, "", "summary", true);
            ValidTime validTime = validTime(r, node, "validTime", true);
            Provenance provenance = provenance(r, node);
            if (kind == null) {
                return null;
            }
            Function<Common, TrackCommand> command = kindFields(kind, r, node);
            String objectId = kind.concernsInvitation() ? rawText(node, "invitation")
                    : kind.concernsMeeting() ? rawText(node, "meeting") : null;
            if (objectId != null && track != null) {
                references.add(new ObjectReference(index, r.entry(), kind, track, objectId));
            }
            if (id != null && track != null) {
                dossierFacts.putIfAbsent(id, new DossierFact(r.entry(), kind, track));
            }
            if (r.failed() || id == null || track == null || summary == null || validTime == null
                    || provenance == null) {
                return null;
            }
            FactKind builtKind = kind;
            return build(r, () -> {
                Fact fact = new Fact(FactId.of(id), summary, validTime, provenance);
                return new ValidatedDossier.PlannedFact(r.entry(), builtKind, fact,
                        command.apply(new Common(TrackId.of(track), fact)));
            });
        }

        private String rawText(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value != null && value.isString() ? value.stringValue() : null;
        }

        private String trackRef(EntryReader r, JsonNode node) {
            String track = slug(r, node, "", "track", true, "track id");
            if (track == null || definedTracks.contains(track)
                    || tracksInStore.computeIfAbsent(track, t -> trackDirectory.isKnown(TrackId.of(t)))) {
                return track;
            }
            String hint = Suggestions.closest(track, definedTracks).map(s -> " (did you mean '" + s + "'?)")
                    .orElse("");
            r.error("track", "unknown track '" + track + "'" + hint
                    + ": it is neither under tracks in this dossier nor already opened");
            return null;
        }

        private Provenance provenance(EntryReader r, JsonNode node) {
            JsonNode provenance = r.object(node, "", "provenance", true);
            if (provenance == null) {
                return null;
            }
            r.allowOnly(provenance, "provenance.", PROVENANCE_FIELDS, "provenance");
            ActorId assertedBy = actor(r, provenance, "provenance.", "assertedBy", true);
            String channel = r.text(provenance, "provenance.", "channel", false);
            String sourceId = r.text(provenance, "provenance.", "source", true);
            String quote = r.text(provenance, "provenance.", "quote", false);
            Source source = null;
            if (sourceId != null) {
                source = sources.get(sourceId);
                if (source == null && !definedSources.contains(sourceId)) {
                    String hint = Suggestions.closest(sourceId, definedSources)
                            .map(s -> " (did you mean '" + s + "'?)").orElse("");
                    r.error("provenance.source", "unknown source '" + sourceId + "'" + hint
                            + ": every source is listed under sources in the dossier");
                }
            }
            if (assertedBy == null || source == null) {
                return null;
            }
            Source found = source;
            return build(r, () -> new Provenance(assertedBy, channel, found, quote));
        }

        /** Reads the fields of the fact's kind and says how to make its command from the common part. */
        private Function<Common, TrackCommand> kindFields(FactKind kind, EntryReader r, JsonNode node) {
            switch (kind) {
                case CALL -> {
                    List<ActorId> participants = actors(r, node, "", "participants", true, 2,
                            "a call needs two distinct participants");
                    ReportedDuration duration = duration(r, node);
                    return c -> new RecordCall(c.track(), c.fact(), participants, duration);
                }
                case STATEMENT -> {
                    ActorId speaker = actor(r, node, "", "speaker", true);
                    String channel = r.text(node, "", "channel", false);
                    List<Issue> issues = issues(r, node);
                    return c -> new RecordStatement(c.track(), c.fact(), speaker, channel, issues);
                }
                case TALKS_AGREED -> {
                    List<ActorId> parties = actors(r, node, "", "parties", true, 2,
                            "negotiations are agreed between two distinct parties or more");
                    return c -> new RecordTalksAgreement(c.track(), c.fact(), parties);
                }
                case CONTACT_SUSPENDED -> {
                    List<ActorId> parties = actors(r, node, "", "parties", true, 2,
                            "contact is suspended between two distinct parties");
                    return c -> new RecordContactSuspension(c.track(), c.fact(), parties);
                }
                case PRISONER_SWAP -> {
                    List<ActorId> parties = actors(r, node, "", "parties", true, 2,
                            "a prisoner swap needs two distinct parties");
                    Integer released = r.count(node, "", "releasedCount");
                    return c -> new RecordPrisonerSwap(c.track(), c.fact(), parties, released);
                }
                case POSITION -> {
                    ActorId party = actor(r, node, "", "party", true);
                    Issue issue = issue(r, node);
                    String stance = r.text(node, "", "stance", true);
                    return c -> new StatePosition(c.track(), c.fact(), party, issue, stance);
                }
                case DEMAND -> {
                    ActorId party = actor(r, node, "", "party", true);
                    ActorId addressee = actor(r, node, "", "addressee", true);
                    Issue issue = issue(r, node);
                    String demand = r.text(node, "", "demand", true);
                    return c -> new MakeDemand(c.track(), c.fact(), party, addressee, issue, demand);
                }
                case PROPOSAL -> {
                    ActorId proposer = actor(r, node, "", "proposer", true);
                    ActorId addressee = actor(r, node, "", "addressee", true);
                    Issue issue = issue(r, node);
                    String proposal = r.text(node, "", "proposal", true);
                    return c -> new MakeProposal(c.track(), c.fact(), proposer, addressee, issue, proposal);
                }
                case SECURITY_GUARANTEE -> {
                    List<ActorId> guarantors = actors(r, node, "", "guarantors", true, 1,
                            "a security guarantee needs at least one guarantor");
                    ActorId beneficiary = actor(r, node, "", "beneficiary", true);
                    String terms = r.text(node, "", "terms", false);
                    return c -> new OfferSecurityGuarantee(c.track(), c.fact(), guarantors, beneficiary, terms);
                }
                case INVITATION_ISSUED -> {
                    InvitationId invitation = invitationId(r, node);
                    ActorId host = actor(r, node, "", "host", true);
                    ActorId guest = actor(r, node, "", "guest", true);
                    if (host != null && host.equals(guest)) {
                        r.error("guest", "the host and the guest of an invitation are different actors");
                    }
                    Venue venue = venue(r, node, false);
                    ValidTime plannedFor = validTime(r, node, "plannedFor", false);
                    return c -> new IssueInvitation(c.track(), c.fact(), invitation, host, guest, venue, plannedFor);
                }
                case INVITATION_ACCEPTED -> {
                    InvitationId invitation = invitationId(r, node);
                    return c -> new AcceptInvitation(c.track(), c.fact(), invitation);
                }
                case INVITATION_DECLINED -> {
                    InvitationId invitation = invitationId(r, node);
                    return c -> new DeclineInvitation(c.track(), c.fact(), invitation);
                }
                case INVITATION_WITHDRAWN -> {
                    InvitationId invitation = invitationId(r, node);
                    return c -> new WithdrawInvitation(c.track(), c.fact(), invitation);
                }
                case MEETING_PROPOSED, MEETING_AGREED -> {
                    MeetingId meeting = meetingId(r, node);
                    List<ActorId> participants = actors(r, node, "", "participants", true, 2,
                            "a meeting needs two distinct participants");
                    List<ActorId> attendees = actors(r, node, "", "attendees", false, 0, null);
                    Venue venue = venue(r, node, false);
                    ValidTime plannedFor = validTime(r, node, "plannedFor", false);
                    return kind == FactKind.MEETING_PROPOSED
                            ? c -> new ProposeMeeting(c.track(), c.fact(), meeting, participants, attendees, venue,
                            plannedFor)
                            : c -> new AgreeMeeting(c.track(), c.fact(), meeting, participants, attendees, venue,
                            plannedFor);
                }
                case MEETING_VENUE_CONSIDERED -> {
                    MeetingId meeting = meetingId(r, node);
                    Venue venue = venue(r, node, true);
                    return c -> new ConsiderVenue(c.track(), c.fact(), meeting, venue);
                }
                case MEETING_SCHEDULED -> {
                    MeetingId meeting = meetingId(r, node);
                    ValidTime plannedFor = validTime(r, node, "plannedFor", true);
                    Venue venue = venue(r, node, false);
                    return c -> new ScheduleMeeting(c.track(), c.fact(), meeting, venue, plannedFor);
                }
                case MEETING_HELD -> {
                    MeetingId meeting = meetingId(r, node);
                    return c -> new HoldMeeting(c.track(), c.fact(), meeting);
                }
                case MEETING_CANCELLED -> {
                    MeetingId meeting = meetingId(r, node);
                    return c -> new CancelMeeting(c.track(), c.fact(), meeting);
                }
                default -> throw new IllegalStateException("no fields for fact kind " + kind);
            }
        }

        private InvitationId invitationId(EntryReader r, JsonNode node) {
            String id = slug(r, node, "", "invitation", true, "invitation id");
            return id == null ? null : InvitationId.of(id);
        }

        private MeetingId meetingId(EntryReader r, JsonNode node) {
            String id = slug(r, node, "", "meeting", true, "meeting id");
            return id == null ? null : MeetingId.of(id);
        }

        private Issue issue(EntryReader r, JsonNode node) {
            String issue = slug(r, node, "", "issue", true, "issue");
            return issue == null ? null : Issue.of(issue);
        }

        private List<Issue> issues(EntryReader r, JsonNode node) {
            List<JsonNode> items = r.list(node, "", "issues", false);
            if (items == null) {
                return null;
            }
            List<Issue> issues = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String issue = slug(r, items.get(i), "issues[" + i + "]", "issue");
                if (issue != null) {
                    issues.add(Issue.of(issue));
                }
            }
            return issues;
        }

        /**
         * Invitations and meetings a fact refers to must be issued or proposed by an earlier fact of the same
         * track, when the dossier issues or proposes them at all (otherwise the track in the store is asked at
         * import). An invitation is issued once; a meeting is proposed once, and not after it was agreed.
         */
        private void checkReferences(List<ObjectReference> references, String what, Predicate<FactKind> defines) {
            Predicate<FactKind> concerned = what.equals("invitation") ? FactKind::concernsInvitation
                    : FactKind::concernsMeeting;
            Map<String, ObjectReference> anyDefinition = new HashMap<>();
            Map<String, ObjectReference> definitionById = new HashMap<>();
            for (ObjectReference ref : references) {
                if (concerned.test(ref.kind()) && defines.test(ref.kind())) {
                    anyDefinition.putIfAbsent(ref.track() + "/" + ref.id(), ref);
                    definitionById.putIfAbsent(ref.id(), ref);
                }
            }
            Map<String, ObjectReference> defined = new HashMap<>();
            for (ObjectReference ref : references) {
                if (!concerned.test(ref.kind())) {
                    continue;
                }
                String key = ref.track() + "/" + ref.id();
                ObjectReference earlier = defined.get(key);
                if (defines.test(ref.kind())) {
                    boolean once = ref.kind() == FactKind.INVITATION_ISSUED
                            || ref.kind() == FactKind.MEETING_PROPOSED;
                    if (once && earlier != null) {
                        errors.add(new DossierError(ref.entry(), what, what + " '" + ref.id() + "' already exists"
                                + " in track '" + ref.track() + "' (" + earlier.entry() + "): an invitation is"
                                + " issued once and a meeting proposed once; give this one its own id"));
                    }
                    defined.putIfAbsent(key, ref);
                } else if (earlier == null && anyDefinition.containsKey(key)) {
                    errors.add(new DossierError(ref.entry(), what, what + " '" + ref.id() + "' first appears in "
                            + anyDefinition.get(key).entry() + ", further down: facts are recorded in file order,"
                            + " so move that fact above this one"));
                } else if (earlier == null && definitionById.containsKey(ref.id())) {
                    ObjectReference elsewhere = definitionById.get(ref.id());
                    errors.add(new DossierError(ref.entry(), what, what + " '" + ref.id() + "' belongs to track '"
                            + elsewhere.track() + "' (" + elsewhere.entry() + "), not to track '" + ref.track()
                            + "'"));
                }
            }
        }

        // ---- reports about claims ----

        /** A fact of this dossier, as the reports about it need to know it. */
        private record DossierFact(String entry, FactKind kind, String track) {
        }

        private ValidatedDossier.PlannedReport report(int index, JsonNode node) {
            EntryReader r = entry("reports", index, node, "id, kind, track, claim, provenance and the fields of its"
                    + " kind");
            if (r == null) {
                return null;
            }
            String kindText = r.text(node, "", "kind", true);
            ReportKind kind = null;
            if (kindText != null) {
                kind = ReportKind.of(kindText).orElse(null);
                if (kind == null) {
                    String hint = Suggestions.closest(kindText, ReportKind.labels())
                            .map(s -> " (did you mean '" + s + "'?)").orElse("");
                    r.error("kind", "unknown report kind '" + kindText + "'" + hint + "; the kinds are "
                            + String.join(", ", ReportKind.labels()));
                }
            }
            if (kind != null) {
                r.allowOnly(node, "", kind.allFields(), "a report of kind '" + kind.label() + "'");
            } else {
                r.allowOnly(node, "", ReportKind.anyFields(), "a report");
            }
            String id = slug(r, node, "", "id", true, "report id");
            String track = trackRef(r, node);
            String claim = slug(r, node, "", "claim", true, "claim (fact id)");
            DossierFact fact = claim == null ? null : dossierFacts.get(claim);
            if (fact != null && track != null && !fact.track().equals(track)) {
                r.error("claim", "claim '" + claim + "' is a fact of track '" + fact.track() + "' (" + fact.entry()
                        + "), not of track '" + track + "'");
            }
            Provenance provenance = provenance(r, node);
            if (kind == null) {
                return null;
            }
            ClaimField field = null;
            ClaimValue value = null;
            if (kind == ReportKind.DISPUTE || kind == ReportKind.CORRECTION) {
                field = claimField(r, node, claim, fact);
                value = field == null ? null : claimValue(r, node, field);
            }
            if (r.failed() || id == null || track == null || claim == null || provenance == null) {
                return null;
            }
            ReportKind builtKind = kind;
            ClaimField builtField = field;
            ClaimValue builtValue = value;
            return build(r, () -> {
                TrackId trackId = TrackId.of(track);
                FactId factId = FactId.of(claim);
                ReportId reportId = ReportId.of(id);
                ClaimCommand command = switch (builtKind) {
                    case APPEARANCE -> new RecordAppearance(trackId, factId, reportId, provenance);
                    case CORROBORATION -> new CorroborateClaim(trackId, factId, reportId, provenance);
                    case DISPUTE -> new DisputeClaim(trackId, factId, reportId, builtField, builtValue, provenance);
                    case CORRECTION -> new CorrectClaim(trackId, factId, reportId, builtField, builtValue,
                            provenance);
                    case RETRACTION -> new RetractClaim(trackId, factId, reportId, provenance);
                };
                return new ValidatedDossier.PlannedReport(r.entry(), builtKind, command);
            });
        }

        /** The disputed or corrected field; one the claim's kind has, when the claim is a fact of this dossier. */
        private ClaimField claimField(EntryReader r, JsonNode node, String claim, DossierFact fact) {
            String label = r.text(node, "", "field", true);
            if (label == null) {
                return null;
            }
            ClaimField field = ClaimField.of(label).orElse(null);
            if (field == null) {
                String hint = Suggestions.closest(label, ClaimField.labels())
                        .map(s -> " (did you mean '" + s + "'?)").orElse("");
                r.error("field", "unknown field '" + label + "'" + hint + "; a report can dispute or correct "
                        + String.join(", ", ClaimField.labels()));
                return null;
            }
            if (fact != null && fact.kind() != null && !fact.kind().allFields().contains(field.label())) {
                r.error("field", "claim '" + claim + "' (" + fact.entry() + ") is a fact of kind '" + fact.kind().label()
                        + "', which has no field '" + label + "'; it has " + String.join(", ",
                        fact.kind().allFields().stream().filter(name -> ClaimField.of(name).isPresent()).toList()));
                return null;
            }
            return field;
        }

        /** The other (or corrected) value, written as the field is written in a fact. */
        private ClaimValue claimValue(EntryReader r, JsonNode node, ClaimField field) {
            int before = r.errorCount();
            ClaimValue value = switch (field.type()) {
                case TEXT -> {
                    String text = r.text(node, "", "value", true);
                    yield text == null ? null : ClaimValue.of(text);
                }
                case TIME -> {
                    ValidTime time = validTime(r, node, "value", true);
                    yield time == null ? null : ClaimValue.of(time);
                }
                case DURATION -> {
                    ReportedDuration duration = duration(r, node, "value", true);
                    yield duration == null ? null : ClaimValue.of(duration);
                }
                case VENUE -> {
                    Venue venue = venue(r, node, "value", true);
                    yield venue == null ? null : ClaimValue.of(venue);
                }
                case COUNT -> {
                    if (r.get(node, "", "value", true) == null) {
                        yield null;
                    }
                    Integer count = r.count(node, "", "value");
                    yield count == null ? null : ClaimValue.of(count);
                }
            };
            return r.errorCount() > before ? null : value;
        }

        // ---- value readers ----

        private String slug(EntryReader r, JsonNode object, String prefix, String name, boolean required,
                            String what) {
            JsonNode node = r.get(object, prefix, name, required);
            return node == null ? null : slug(r, node, prefix + name, what);
        }

        private String slug(EntryReader r, JsonNode node, String path, String what) {
            String text = r.text(node, path);
            if (text == null) {
                return null;
            }
            try {
                return Slug.require(text, what);
            } catch (IllegalArgumentException e) {
                r.error(path, e.getMessage());
                return null;
            }
        }

        private ActorId actor(EntryReader r, JsonNode object, String prefix, String name, boolean required) {
            JsonNode node = r.get(object, prefix, name, required);
            return node == null ? null : actorRef(r, node, prefix + name);
        }

        /** An actor id that the dossier defines or the directory knows. */
        private ActorId actorRef(EntryReader r, JsonNode node, String path) {
            String id = slug(r, node, path, "actor id");
            if (id == null) {
                return null;
            }
            if (definedActors.contains(id)
                    || actorsInStore.computeIfAbsent(id, a -> actorDirectory.isKnown(ActorId.of(a)))) {
                return ActorId.of(id);
            }
            String hint = Suggestions.closest(id, definedActors).map(s -> " (did you mean '" + s + "'?)").orElse("");
            r.error(path, "unknown actor '" + id + "'" + hint
                    + ": it is neither under actors in this dossier nor in the actor directory");
            return null;
        }

        /**
         * A list of actors, each named once; with at least {@code atLeast} of them when the list is there.
         * Null when the list could not be read.
         */
        private List<ActorId> actors(EntryReader r, JsonNode object, String prefix, String name, boolean required,
                                     int atLeast, String tooFew) {
            List<JsonNode> items = r.list(object, prefix, name, required);
            if (items == null) {
                return null;
            }
            List<ActorId> actors = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < items.size(); i++) {
                ActorId actor = actorRef(r, items.get(i), prefix + name + "[" + i + "]");
                if (actor == null) {
                    complete = false;
                } else if (actors.contains(actor)) {
                    r.error(prefix + name + "[" + i + "]", "names '" + actor + "' twice");
                    complete = false;
                } else {
                    actors.add(actor);
                }
            }
            if (complete && actors.size() < atLeast) {
                r.error(prefix + name, tooFew + "; the list has " + actors.size());
            }
            return complete ? actors : null;
        }

        /** An absolute time: text, or a bare year number such as 2025. */
        private String time(EntryReader r, JsonNode object, String prefix, String name, boolean required) {
            JsonNode node = r.get(object, prefix, name, required);
            return node == null ? null : time(r, node, prefix + name);
        }

        private String time(EntryReader r, JsonNode node, String path) {
            String text;
            if (node.isIntegralNumber()) {
                text = node.asString();
            } else if (node.isString()) {
                text = node.stringValue();
            } else {
                r.error(path, "must be an ISO-8601 date such as 2025-02-12, not " + EntryReader.describe(node));
                return null;
            }
            String problem = DossierTimes.problem(text);
            if (problem != null) {
                r.error(path, problem);
                return null;
            }
            return text;
        }

        /** A valid time: a date text, or a mapping with value, approximate and precision. */
        private ValidTime validTime(EntryReader r, JsonNode object, String name, boolean required) {
            JsonNode node = r.get(object, "", name, required);
            if (node == null) {
                return null;
            }
            if (!node.isObject()) {
                if (!(node.isString() || node.isIntegralNumber())) {
                    r.error(name, "must be a date such as 2025-02-12, or a mapping such as {value: 2025-02-12,"
                            + " approximate: true}; not " + EntryReader.describe(node));
                    return null;
                }
                String value = time(r, node, name);
                return value == null ? null : build(r, () -> new ValidTime(value, null, false));
            }
            String prefix = name + ".";
            int before = r.errorCount();
            r.allowOnly(node, prefix, TIME_FIELDS, name);
            String value = time(r, node, prefix, "value", true);
            Boolean approximate = r.bool(node, prefix, "approximate");
            TimePrecision precision = r.label(node, prefix, "precision", false, TimePrecision.class);
            if (r.errorCount() > before) {
                return null;
            }
            TimePrecision implied = TimePrecision.of(value);
            if (precision != null && precision != implied) {
                r.error(prefix + "precision", "'" + value + "' is written at " + name(implied) + " precision, not "
                        + name(precision) + ": write the value at the precision the reporting gives");
                return null;
            }
            boolean hedged = Boolean.TRUE.equals(approximate);
            return build(r, () -> new ValidTime(value, implied, hedged));
        }

        private String name(TimePrecision precision) {
            return precision.name().toLowerCase(Locale.ROOT);
        }

        /** A duration: ISO-8601 text, or a mapping with value, hedge (or approximate) and asReported. */
        private ReportedDuration duration(EntryReader r, JsonNode node) {
            return duration(r, node, "duration", false);
        }

        private ReportedDuration duration(EntryReader r, JsonNode node, String name, boolean required) {
            JsonNode duration = r.get(node, "", name, required);
            if (duration == null) {
                return null;
            }
            int before = r.errorCount();
            String value;
            Boolean approximate = null;
            Hedge written = null;
            String asReported = null;
            String prefix = name + ".";
            if (duration.isObject()) {
                r.allowOnly(duration, prefix, DURATION_FIELDS, "a duration");
                value = r.text(duration, prefix, "value", true);
                approximate = r.bool(duration, prefix, "approximate");
                written = r.label(duration, prefix, "hedge", false, Hedge.class);
                asReported = r.text(duration, prefix, "asReported", false);
            } else if (duration.isString()) {
                value = duration.stringValue();
            } else {
                r.error(name, "must be an ISO-8601 duration such as PT1H30M, or a mapping such as {value:"
                        + " PT1H30M, approximate: true, asReported: close to an hour and a half}; not "
                        + EntryReader.describe(duration));
                return null;
            }
            String path = duration.isObject() ? prefix + "value" : name;
            Hedge hedge = Boolean.TRUE.equals(approximate) ? Hedge.APPROXIMATE : Hedge.EXACT;
            if (written != null) {
                if (approximate != null && approximate != (written == Hedge.APPROXIMATE)) {
                    r.error(prefix + "approximate", "approximate: " + approximate + " contradicts hedge: "
                            + written.label() + "; write one of them");
                } else {
                    hedge = written;
                }
            }
            if (r.errorCount() > before || value == null) {
                return null;
            }
            try {
                if (Duration.parse(value).isNegative()) {
                    r.error(path, "'" + value + "' is negative: a duration cannot be");
                    return null;
                }
            } catch (DateTimeParseException e) {
                r.error(path, "'" + value + "' is not an ISO-8601 duration such as PT1H30M (an hour and a half)"
                        + " or PT45M");
                return null;
            }
            Hedge hedged = hedge;
            String words = asReported;
            return build(r, () -> new ReportedDuration(value, hedged, words));
        }

        /** A venue: {@code third-country} or {@code unspecified} as text, or a mapping with kind, place, country. */
        private Venue venue(EntryReader r, JsonNode node, boolean required) {
            return venue(r, node, "venue", required);
        }

        private Venue venue(EntryReader r, JsonNode node, String name, boolean required) {
            String prefix = name + ".";
            JsonNode venue = r.get(node, "", name, required);
            if (venue == null) {
                return null;
            }
            if (venue.isString()) {
                VenueKind kind = r.label(venue.stringValue(), name, VenueKind.class);
                if (kind == VenueKind.NAMED) {
                    r.error(name, "a named venue needs its place: write venue: {kind: named, place: Moscow,"
                            + " country: russia}");
                    return null;
                }
                return kind == null ? null : kind == VenueKind.THIRD_COUNTRY ? Venue.thirdCountry()
                        : Venue.unspecified();
            }
            if (!venue.isObject()) {
                r.error(name, "must be a mapping such as {kind: named, place: Moscow, country: russia}, or"
                        + " third-country or unspecified; not " + EntryReader.describe(venue));
                return null;
            }
            int before = r.errorCount();
            r.allowOnly(venue, prefix, VENUE_FIELDS, "a venue");
            VenueKind kind = r.label(venue, prefix, "kind", true, VenueKind.class);
            String place = r.text(venue, prefix, "place", false);
            ActorId country = actor(r, venue, prefix, "country", false);
            if (r.errorCount() > before) {
                return null;
            }
            if (kind == VenueKind.NAMED && place == null) {
                r.error(prefix + "place", "a named venue needs its place, such as Moscow");
                return null;
            }
            if (kind == VenueKind.UNSPECIFIED && (place != null || country != null)) {
                r.error(name, "an unspecified venue names no place and no country: leave them out, or make"
                        + " the kind named or third-country");
                return null;
            }
            return build(r, () -> new Venue(kind, place, country));
        }

        /**
         * Runs a constructor of the message API; the checks above should leave nothing for it to refuse, but what
         * it refuses is reported against the entry rather than thrown.
         */
        private <T> T build(EntryReader r, Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                r.error(null, e.getMessage());
                return null;
            }
        }
    }
}
