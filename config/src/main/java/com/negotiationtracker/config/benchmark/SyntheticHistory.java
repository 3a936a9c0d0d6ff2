package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.config.benchmark.FactWriter.Asserted;
import com.negotiationtracker.config.benchmark.SyntheticCast.State;
import com.negotiationtracker.config.benchmark.SyntheticCast.Track;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.dossier.ReportKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A synthetic history of negotiations: {@code facts} facts in the {@link KindMix kind mix} of a real story, cut into
 * JSON dossiers of {@code chunkSize} facts each, the way an editor would import a stream of articles. The first
 * dossier lists the whole cast (about 200 actors, offices and people with whom they speak for) and opens every track;
 * the later ones name them, as dossiers may once the directory knows them.
 * <p>
 * Valid times run over twelve years in the order of the dossiers, with a share of facts reported late (a valid time
 * months or years before the others in their dossier). A few tracks carry most of the news, as in the real world.
 * Invitations are answered and meetings scheduled, held or cancelled in later facts, often in later dossiers. About
 * ten facts share an article (a source), and many claims appear again in another article, are corroborated, now and
 * then disputed, corrected or retracted ({@code reports}).
 * <p>
 * The same seed and sizes make the same dossiers. Every dossier imports cleanly after the ones before it.
 */
final class SyntheticHistory implements Iterator<SyntheticDossier> {

    static final Instant START = Instant.parse("2014-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2025-12-31T00:00:00Z");
    private static final int FACTS_PER_ARTICLE = 10;
    private static final double LATE_REPORTS = 0.06;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record OpenInvitation(Track track, String id, String host, String guest, Instant issuedAt) {
    }

    private static final class OpenMeeting {
        final Track track;
        final String id;
        final String[] participants;
        final Instant openedAt;
        final int openedInDossier;
        boolean agreed;
        int lastStepInDossier = -1;

        OpenMeeting(Track track, String id, String[] participants, Instant openedAt, int openedInDossier,
                    boolean agreed) {
            this.track = track;
            this.id = id;
            this.participants = participants;
            this.openedAt = openedAt;
            this.openedInDossier = openedInDossier;
            this.agreed = agreed;
        }

        /**
         * Whether a dossier may agree to this meeting. The importer takes an agreement as possibly the first news
         * of a meeting; so a dossier that takes a step of a meeting from an earlier dossier cannot agree to it
         * further down (the importer would ask for the agreement to be moved above the step).
         */
        boolean agreeableIn(int dossier) {
            return !agreed && (openedInDossier == dossier || lastStepInDossier != dossier);
        }
    }

    /** A written fact, with what its later reports need to know. */
    private record Written(ObjectNode node, String id, FactKind kind, Track track, String asserter, String summary,
                           String stance, Instant at) {
    }

    private final SyntheticCast cast;
    private final long seed;
    private final int totalFacts;
    private final int chunkSize;
    private final SplittableRandom random;
    private final FactWriter writer;
    private final double[] trackWeights;
    private final KindMix.Deck deck;
    private final List<OpenInvitation> openInvitations = new ArrayList<>();
    private final List<OpenMeeting> openMeetings = new ArrayList<>();
    private final Map<String, String> stances = new HashMap<>();
    private final Deque<FactKind> deferred = new ArrayDeque<>();
    private int produced;
    private int chunk;
    private int invitations;
    private int meetings;

    SyntheticHistory(SyntheticCast cast, long seed, int facts, int chunkSize) {
        if (facts < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("a history needs at least one fact and dossiers of at least one");
        }
        this.cast = cast;
        this.seed = seed;
        this.totalFacts = facts;
        this.chunkSize = chunkSize;
        this.random = new SplittableRandom(seed);
        this.writer = new FactWriter(cast, random, JSON);
        this.trackWeights = zipf(cast.tracks().size(), 0.9);
        this.deck = new KindMix.Deck(random);
    }

    /** The standard world and the history of {@code facts} facts in dossiers of {@code chunkSize}. */
    static SyntheticHistory of(long seed, int facts, int chunkSize) {
        return new SyntheticHistory(SyntheticCast.standard(seed), seed, facts, chunkSize);
    }

    SyntheticCast cast() {
        return cast;
    }

    @Override
    public boolean hasNext() {
        return produced < totalFacts;
    }

    @Override
    public SyntheticDossier next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + totalFacts + " facts were generated");
        }
        int count = Math.min(chunkSize, totalFacts - produced);
        String dossierId = "synthetic-" + Math.abs(seed) + "-" + chunk;
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("id", dossierId);
        root.put("title", "Synthetic history, dossier " + chunk + " (facts " + produced + " to "
                + (produced + count - 1) + ")");
        ArrayNode sources = root.putArray("sources");
        if (chunk == 0) {
            writeCast(root);
        }
        ArrayNode facts = root.putArray("facts");
        ArrayNode reports = root.putArray("reports");
        Map<String, Integer> kinds = new LinkedHashMap<>();
        int articles = (count + FACTS_PER_ARTICLE - 1) / FACTS_PER_ARTICLE;
        Instant[] published = new Instant[articles];
        List<Written> written = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int article = i / FACTS_PER_ARTICLE;
            FactKind kind = nextKind();
            Written fact = write(kind, kind.label() + "-" + (produced + i), windowTime(produced + i),
                    sourceId(article));
            // an article appears after everything it reports
            published[article] = published[article] == null || fact.at().isAfter(published[article]) ? fact.at()
                    : published[article];
            facts.add(fact.node());
            kinds.merge(fact.kind().label(), 1, Integer::sum);
            written.add(fact);
        }
        int reportCount = 0;
        for (int i = 0; i < written.size(); i++) {
            reportCount += writeReports(written.get(i), i / FACTS_PER_ARTICLE, articles, reports, kinds);
        }
        for (int article = 0; article < articles; article++) {
            sources.add(source(article, published[article].plus(Duration.ofHours(6 + random.nextInt(30)))));
        }
        produced += count;
        chunk++;
        return new SyntheticDossier(dossierId, JSON.writeValueAsString(root), count, reportCount, kinds);
    }

    /** The kinds of fact that need nothing opened before them: what a single write through the API records. */
    private static final List<FactKind> STANDALONE = List.of(FactKind.STATEMENT, FactKind.POSITION, FactKind.CALL,
            FactKind.DEMAND, FactKind.PROPOSAL);

    /**
     * A dossier of one fact, about the actors and tracks of this history's world, which the store must already hold
     * (the first dossier of the history registers them): a single write, as an editor makes it through the API.
     *
     * @param id the fact's id, unique in the store; the dossier and its source are named after it
     * @param at when it happened in the world
     */
    SyntheticDossier oneFactDossier(String id, Instant at) {
        FactKind kind = STANDALONE.get(random.nextInt(STANDALONE.size()));
        String source = "source-" + id;
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("id", "dossier-" + id);
        ObjectNode entry = root.putArray("sources").addObject();
        entry.put("id", source);
        entry.put("publishedAt", writer.day(at.plus(Duration.ofDays(1))));
        entry.put("outlet", writer.pick(SyntheticCast.OUTLETS));
        root.putArray("facts").add(write(kind, id, at, source).node());
        return new SyntheticDossier("dossier-" + id, JSON.writeValueAsString(root), 1, 0, Map.of(kind.label(), 1));
    }

    // ---- the cast ----

    private void writeCast(ObjectNode root) {
        ArrayNode actors = root.putArray("actors");
        for (SyntheticCast.Actor actor : cast.actors()) {
            ObjectNode entry = actors.addObject();
            entry.put("id", actor.id());
            entry.put("name", actor.name());
            entry.put("kind", actor.kind());
            if (!actor.roles().isEmpty()) {
                ArrayNode roles = entry.putArray("roles");
                actor.roles().forEach(roles::add);
            }
            if (!actor.speaksFor().isEmpty()) {
                ArrayNode speaksFor = entry.putArray("speaksFor");
                actor.speaksFor().forEach(speaksFor::add);
            }
        }
        ArrayNode tracks = root.putArray("tracks");
        for (Track track : cast.tracks()) {
            ObjectNode entry = tracks.addObject();
            entry.put("id", track.id());
            entry.put("title", track.title());
            entry.set("parties", writer.list(track.first().id(), track.second().id()));
        }
    }

    private String sourceId(int article) {
        return "article-" + Math.abs(seed) + "-" + chunk + "-" + article;
    }

    private ObjectNode source(int article, Instant publishedAt) {
        String outlet = SyntheticCast.OUTLETS.get(Math.floorMod(chunk * 31 + article * 7, SyntheticCast.OUTLETS.size()));
        ObjectNode source = JSON.createObjectNode();
        source.put("id", sourceId(article));
        source.put("publishedAt", writer.day(publishedAt));
        source.put("outlet", outlet);
        source.put("title", "Diplomatic round-up " + chunk + "-" + article);
        if (article % 10 < 7) {
            source.put("url", "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/"
                    + writer.day(publishedAt).replace('-', '/') + "/" + sourceId(article));
        }
        return source;
    }

    // ---- the facts ----

    /** A kind by the mix; a follow-up with nothing to follow up waits until something is open, so the mix holds. */
    private FactKind nextKind() {
        for (Iterator<FactKind> waiting = deferred.iterator(); waiting.hasNext(); ) {
            FactKind kind = waiting.next();
            if (canFollowUp(kind)) {
                waiting.remove();
                return kind;
            }
        }
        while (true) {
            FactKind kind = deck.deal();
            if (!KindMix.followsUp(kind) || canFollowUp(kind)) {
                return kind;
            }
            deferred.add(kind);
        }
    }

    private boolean canFollowUp(FactKind kind) {
        return kind.concernsInvitation() ? !openInvitations.isEmpty() : !openMeetings.isEmpty();
    }

    /** Where fact {@code index} falls in the history's twelve years, a day or two either way. */
    private Instant windowTime(int index) {
        long span = Duration.between(START, END).toSeconds();
        long at = (long) (span * (index / (double) totalFacts)) + random.nextLong(-2 * 86_400L, 2 * 86_400L);
        return START.plusSeconds(Math.max(0, Math.min(span, at)));
    }

    /** Now and then a fact reported late: it happened months or years before the rest of its dossier. */
    private Instant perhapsLate(Instant window) {
        if (random.nextDouble() >= LATE_REPORTS) {
            return window;
        }
        Instant earlier = window.minus(Duration.ofDays(30 + random.nextInt(3 * 365)));
        return earlier.isBefore(START) ? START : earlier;
    }

    private Written write(FactKind kind, String id, Instant window, String source) {
        return switch (kind) {
            case CALL -> call(id, track(), perhapsLate(window), source);
            case STATEMENT -> statement(id, track(), perhapsLate(window), source);
            case TALKS_AGREED, CONTACT_SUSPENDED, PRISONER_SWAP -> betweenParties(id, kind, track(),
                    perhapsLate(window), source);
            case POSITION -> position(id, track(), perhapsLate(window), source);
            case DEMAND, PROPOSAL -> ask(id, kind, track(), perhapsLate(window), source);
            case SECURITY_GUARANTEE -> guarantee(id, track(), perhapsLate(window), source);
            case INVITATION_ISSUED -> invitationIssued(id, track(), window, source);
            case INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_WITHDRAWN ->
                    invitationStep(id, kind, window, source);
            case MEETING_PROPOSED -> meetingOpened(id, kind, track(), window, source);
            case MEETING_AGREED -> meetingAgreed(id, window, source);
            case MEETING_VENUE_CONSIDERED, MEETING_SCHEDULED, MEETING_HELD, MEETING_CANCELLED ->
                    meetingStep(id, kind, window, source);
        };
    }

    private Written call(String id, Track track, Instant at, String source) {
        boolean ministers = random.nextInt(4) == 0;
        String one = ministers ? track.first().foreignMinister() : track.first().leader();
        String other = ministers ? track.second().foreignMinister() : track.second().leader();
        String summary = writer.name(one) + " and " + writer.name(other) + " spoke by phone.";
        Asserted asserted = writer.assertedFor(track, source);
        ObjectNode fact = writer.fact(id, FactKind.CALL, track, summary, writer.validTime(at, true), asserted);
        fact.set("participants", writer.list(one, other));
        if (random.nextInt(10) < 6) {
            fact.set("duration", writer.duration());
        }
        return new Written(fact, id, FactKind.CALL, track, asserted.actor(), summary, null, at);
    }

    private Written statement(String id, Track track, Instant at, String source) {
        Asserted asserted = writer.assertedFor(track, source);
        String issue = issueOf(track);
        String summary = writer.name(asserted.actor()) + " commented on " + issue + " in the talks of "
                + track.title() + ".";
        ObjectNode fact = writer.fact(id, FactKind.STATEMENT, track, summary, writer.validTime(at, false), asserted);
        fact.put("speaker", asserted.actor());
        fact.put("channel", asserted.channel());
        fact.set("issues", random.nextBoolean() ? writer.list(issue) : writer.list(issue, otherIssue(issue)));
        return new Written(fact, id, FactKind.STATEMENT, track, asserted.actor(), summary, null, at);
    }

    private Written betweenParties(String id, FactKind kind, Track track, Instant at, String source) {
        String summary = switch (kind) {
            case TALKS_AGREED -> track.title() + " agreed to start negotiations.";
            case CONTACT_SUSPENDED -> track.title() + " suspended direct contact.";
            default -> track.title() + " exchanged prisoners.";
        };
        Asserted asserted = writer.assertedFor(track, source);
        ObjectNode fact = writer.fact(id, kind, track, summary, writer.validTime(at, false), asserted);
        fact.set("parties", writer.list(track.first().id(), track.second().id()));
        if (kind == FactKind.PRISONER_SWAP && random.nextInt(10) < 7) {
            fact.put("releasedCount", 2 + random.nextInt(200));
        }
        return new Written(fact, id, kind, track, asserted.actor(), summary, null, at);
    }

    /** A party's stance on an issue, which changes now and then over the years. */
    private Written position(String id, Track track, Instant at, String source) {
        State party = random.nextBoolean() ? track.first() : track.second();
        String issue = issueOf(track);
        String key = party.id() + "/" + issue;
        String earlier = stances.get(key);
        String stance = earlier != null && random.nextInt(10) < 3 ? earlier : writer.pick(FactWriter.STANCES);
        stances.put(key, stance);
        String summary = party.name() + " on " + issue + ": " + stance + ".";
        Asserted asserted = writer.assertedFor(track, source);
        ObjectNode fact = writer.fact(id, FactKind.POSITION, track, summary, writer.validTime(at, false), asserted);
        fact.put("party", party.id());
        fact.put("issue", issue);
        fact.put("stance", stance);
        return new Written(fact, id, FactKind.POSITION, track, asserted.actor(), summary, stance, at);
    }

    private Written ask(String id, FactKind kind, Track track, Instant at, String source) {
        boolean forward = random.nextBoolean();
        State party = forward ? track.first() : track.second();
        State addressee = forward ? track.second() : track.first();
        String issue = issueOf(track);
        String what = (kind == FactKind.DEMAND ? "concessions on " : "a joint commission on ") + issue;
        String summary = party.name() + (kind == FactKind.DEMAND ? " demands " : " proposes ") + what + " from "
                + addressee.name() + ".";
        Asserted asserted = writer.assertedFor(track, source);
        ObjectNode fact = writer.fact(id, kind, track, summary, writer.validTime(at, false), asserted);
        fact.put(kind == FactKind.DEMAND ? "party" : "proposer", party.id());
        fact.put("addressee", addressee.id());
        fact.put("issue", issue);
        fact.put(kind == FactKind.DEMAND ? "demand" : "proposal", what);
        return new Written(fact, id, kind, track, asserted.actor(), summary, null, at);
    }

    private Written guarantee(String id, Track track, Instant at, String source) {
        State beneficiary = random.nextBoolean() ? track.first() : track.second();
        List<String> guarantors = new ArrayList<>();
        guarantors.add(writer.pick(cast.alliances()));
        while (random.nextBoolean() && guarantors.size() < 3) {
            State state = writer.pick(cast.states());
            if (!state.equals(beneficiary) && !guarantors.contains(state.id())) {
                guarantors.add(state.id());
            }
        }
        String summary = "Security guarantees offered to " + beneficiary.name() + ".";
        Asserted asserted = writer.assertedFor(track, source);
        ObjectNode fact = writer.fact(id, FactKind.SECURITY_GUARANTEE, track, summary, writer.validTime(at, false),
                asserted);
        fact.set("guarantors", writer.list(guarantors.toArray(String[]::new)));
        fact.put("beneficiary", beneficiary.id());
        if (random.nextInt(10) < 6) {
            fact.put("terms", "air defence and reconstruction aid");
        }
        return new Written(fact, id, FactKind.SECURITY_GUARANTEE, track, asserted.actor(), summary, null, at);
    }

    private Written invitationIssued(String id, Track track, Instant at, String source) {
        boolean forward = random.nextBoolean();
        State host = forward ? track.first() : track.second();
        State guest = forward ? track.second() : track.first();
        String invitation = "invitation-" + Math.abs(seed) + "-" + invitations++;
        String summary = writer.name(host.leader()) + " invited " + writer.name(guest.leader()) + " to "
                + host.capital() + ".";
        Asserted asserted = writer.assertedFor(track, source);
        ObjectNode fact = writer.fact(id, FactKind.INVITATION_ISSUED, track, summary, writer.validTime(at, false),
                asserted);
        fact.put("invitation", invitation);
        fact.put("host", host.leader());
        fact.put("guest", guest.leader());
        if (random.nextInt(10) < 7) {
            fact.set("venue", writer.namedVenue(host));
        }
        if (random.nextInt(10) < 6) {
            fact.set("plannedFor", writer.plannedFor(at.plus(Duration.ofDays(20 + random.nextInt(90)))));
        }
        openInvitations.add(new OpenInvitation(track, invitation, host.leader(), guest.leader(), at));
        return new Written(fact, id, FactKind.INVITATION_ISSUED, track, asserted.actor(), summary, null, at);
    }

    /** An answer to, or the withdrawal of, an open invitation: it is then closed. */
    private Written invitationStep(String id, FactKind kind, Instant window, String source) {
        OpenInvitation invitation = openInvitations.remove(random.nextInt(openInvitations.size()));
        Instant at = after(invitation.issuedAt(), window);
        String summary = switch (kind) {
            case INVITATION_ACCEPTED -> writer.name(invitation.guest()) + " accepted the invitation.";
            case INVITATION_DECLINED -> writer.name(invitation.guest()) + " declined the invitation.";
            default -> writer.name(invitation.host()) + " withdrew the invitation.";
        };
        Asserted asserted = writer.assertedFor(invitation.track(), source);
        ObjectNode fact = writer.fact(id, kind, invitation.track(), summary, writer.validTime(at, false), asserted);
        fact.put("invitation", invitation.id());
        return new Written(fact, id, kind, invitation.track(), asserted.actor(), summary, null, at);
    }

    private Written meetingOpened(String id, FactKind kind, Track track, Instant at, String source) {
        String meeting = "meeting-" + Math.abs(seed) + "-" + meetings++;
        String[] participants = {track.first().leader(), track.second().leader()};
        openMeetings.add(new OpenMeeting(track, meeting, participants, at, chunk, kind == FactKind.MEETING_AGREED));
        String summary = writer.name(participants[0]) + " and " + writer.name(participants[1])
                + (kind == FactKind.MEETING_AGREED ? " agreed to meet." : " may meet.");
        return meetingFact(id, kind, track, meeting, participants, summary, at, source);
    }

    /** Agreeing to meet: mostly on a meeting proposed earlier, sometimes the first news of a meeting. */
    private Written meetingAgreed(String id, Instant window, String source) {
        List<OpenMeeting> proposed = openMeetings.stream().filter(meeting -> meeting.agreeableIn(chunk)).toList();
        if (proposed.isEmpty() || random.nextInt(10) < 4) {
            return meetingOpened(id, FactKind.MEETING_AGREED, track(), window, source);
        }
        OpenMeeting meeting = proposed.get(random.nextInt(proposed.size()));
        meeting.agreed = true;
        String summary = writer.name(meeting.participants[0]) + " and " + writer.name(meeting.participants[1])
                + " agreed to meet.";
        return meetingFact(id, FactKind.MEETING_AGREED, meeting.track, meeting.id, meeting.participants, summary,
                after(meeting.openedAt, window), source);
    }

    private Written meetingFact(String id, FactKind kind, Track track, String meeting, String[] participants,
                                String summary, Instant at, String source) {
        Asserted asserted = writer.assertedFor(track, source);
        ObjectNode fact = writer.fact(id, kind, track, summary, writer.validTime(at, false), asserted);
        fact.put("meeting", meeting);
        fact.set("participants", writer.list(participants));
        if (random.nextInt(10) < 4) {
            fact.set("attendees", writer.list(track.first().foreignMinister(), track.second().foreignMinister()));
        }
        JsonNode venue = writer.venue(writer.pick(cast.states()), true);
        if (venue != null) {
            fact.set("venue", venue);
        }
        if (random.nextInt(10) < 7) {
            fact.set("plannedFor", writer.plannedFor(at.plus(Duration.ofDays(7 + random.nextInt(60)))));
        }
        return new Written(fact, id, kind, track, asserted.actor(), summary, null, at);
    }

    /** A later step of an open meeting; holding or cancelling it closes it. */
    private Written meetingStep(String id, FactKind kind, Instant window, String source) {
        int index = random.nextInt(openMeetings.size());
        OpenMeeting meeting = openMeetings.get(index);
        meeting.lastStepInDossier = chunk;
        if (kind == FactKind.MEETING_HELD || kind == FactKind.MEETING_CANCELLED) {
            openMeetings.remove(index);
        }
        Instant at = after(meeting.openedAt, window);
        String who = writer.name(meeting.participants[0]) + " and " + writer.name(meeting.participants[1]);
        String summary = switch (kind) {
            case MEETING_VENUE_CONSIDERED -> "A venue is considered for the meeting of " + who + ".";
            case MEETING_SCHEDULED -> "The meeting of " + who + " was scheduled.";
            case MEETING_HELD -> who + " met.";
            default -> "The meeting of " + who + " was called off.";
        };
        Asserted asserted = writer.assertedFor(meeting.track, source);
        ObjectNode fact = writer.fact(id, kind, meeting.track, summary, writer.validTime(at, false), asserted);
        fact.put("meeting", meeting.id);
        if (kind == FactKind.MEETING_VENUE_CONSIDERED) {
            fact.set("venue", writer.venue(writer.pick(cast.states()), false));
        } else if (kind == FactKind.MEETING_SCHEDULED) {
            fact.put("plannedFor", writer.day(at.plus(Duration.ofDays(3 + random.nextInt(40)))));
            if (random.nextBoolean()) {
                fact.set("venue", writer.namedVenue(writer.pick(cast.states())));
            }
        }
        return new Written(fact, id, kind, meeting.track, asserted.actor(), summary, null, at);
    }

    /** A step taken after what it follows up, and not before the dossier's own time. */
    private Instant after(Instant earlier, Instant window) {
        Instant soonest = earlier.plus(Duration.ofDays(1 + random.nextInt(30)));
        return soonest.isAfter(window) ? soonest : window;
    }

    // ---- later reports about the claims ----

    private int writeReports(Written fact, int article, int articles, ArrayNode reports, Map<String, Integer> kinds) {
        int written = 0;
        for (Map.Entry<ReportKind, Double> rate : KindMix.reports().entrySet()) {
            if (random.nextDouble() >= rate.getValue()) {
                continue;
            }
            ReportKind kind = rate.getKey();
            if (kind == ReportKind.APPEARANCE && articles < 2) {
                continue; // an appearance is the claim in another article
            }
            ObjectNode report = reports.addObject();
            report.put("id", fact.id() + "-" + kind.label());
            report.put("kind", kind.label());
            report.put("track", fact.track().id());
            report.put("claim", fact.id());
            String source = sourceId(articles < 2 ? article : (article + 1 + random.nextInt(articles - 1)) % articles);
            String asserter = kind == ReportKind.APPEARANCE ? fact.asserter() : otherThan(fact);
            report.set("provenance", writer.asserted(asserter, "statement", source, false).provenance());
            if (kind == ReportKind.DISPUTE || kind == ReportKind.CORRECTION) {
                boolean stance = fact.stance() != null && random.nextBoolean();
                report.put("field", stance ? "stance" : "summary");
                report.put("value", stance ? otherStance(fact.stance())
                        : (kind == ReportKind.DISPUTE ? "Disputed: " : "Corrected: ") + fact.summary());
            }
            kinds.merge("report:" + kind.label(), 1, Integer::sum);
            written++;
        }
        return written;
    }

    /** Another actor than the one who asserted the fact: the other party's office, or an organisation. */
    private String otherThan(Written fact) {
        Track track = fact.track();
        for (String candidate : List.of(track.second().office(), track.first().office(),
                writer.pick(cast.organizations()))) {
            if (!candidate.equals(fact.asserter())) {
                return candidate;
            }
        }
        throw new IllegalStateException("no other actor for " + fact.id());
    }

    private String otherStance(String stance) {
        String other = writer.pick(FactWriter.STANCES);
        return other.equals(stance) ? FactWriter.STANCES.get((FactWriter.STANCES.indexOf(stance) + 1)
                % FactWriter.STANCES.size()) : other;
    }

    // ---- tracks and issues ----

    /** A track, the busy ones more often than the quiet ones. */
    private Track track() {
        double ticket = random.nextDouble() * trackWeights[trackWeights.length - 1];
        int low = 0;
        int high = trackWeights.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (trackWeights[middle] < ticket) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return cast.tracks().get(low);
    }

    /** The issues a track argues over: five of them, so that stances on each change over the years. */
    private String issueOf(Track track) {
        int base = Math.floorMod(track.id().hashCode(), SyntheticCast.ISSUES.size());
        return SyntheticCast.ISSUES.get((base + random.nextInt(5)) % SyntheticCast.ISSUES.size());
    }

    private String otherIssue(String issue) {
        return SyntheticCast.ISSUES.get((SyntheticCast.ISSUES.indexOf(issue) + 1 + random.nextInt(3))
                % SyntheticCast.ISSUES.size());
    }

    /** Cumulative Zipf weights: rank r weighs 1 / r^exponent. */
    private static double[] zipf(int size, double exponent) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }
        return cumulative;
    }
}
