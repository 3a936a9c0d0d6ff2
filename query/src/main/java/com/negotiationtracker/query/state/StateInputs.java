package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.query.batch.Branches;
import com.negotiationtracker.query.batch.SqlValues;
import com.negotiationtracker.query.timeline.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the state projection recomputes its histories from, in its own tables: the facts that shape more than one
 * version of something ({@code state_fact}; those that shape channels also filed under each channel they could belong
 * to, in {@code state_fact_channel}), the tracks as opened ({@code state_track}) and every recorded profile of every
 * actor ({@code state_actor}). Each is written once; the same event handled again writes nothing.
 */
final class StateInputs {

    /** The tables a reset empties: the facts (the channels each is filed under first), tracks and actors kept. */
    static final List<String> TABLES = List.of("state_fact_channel", "state_fact", "state_track", "state_actor");

    private static final String FACTS = "select fact, recorded_at from state_fact";
    private static final String FILED = "select f.fact, f.recorded_at from state_fact_channel c"
            + " join state_fact f on f.track = c.track and f.fact_id = c.fact_id where c.channel_key = ?";
    /** Two ranges of the index on track, phase and valid time (V14): from a valid time on, and without one. */
    static final String PHASE_FACTS_FROM = FACTS + " where track = ? and shapes_phase = true and valid_from >= ?"
            + " union all " + FACTS + " where track = ? and shapes_phase = true and valid_from is null";
    /** As {@link #PHASE_FACTS_FROM}, of the facts that start in a stretch of valid time: a range of the same index. */
    static final String PHASE_FACTS_BETWEEN = FACTS + " where track = ? and shapes_phase = true and valid_from >= ?"
            + " and valid_from < ? union all " + FACTS + " where track = ? and shapes_phase = true and valid_from is null";
    /** Two ranges of the index on channel key and valid time (V14), each row then found by its key. */
    static final String CHANNEL_FACTS_FROM = FILED + " and c.valid_from >= ? union all " + FILED
            + " and c.valid_from is null";
    /** As {@link #CHANNEL_FACTS_FROM}, of the facts that start in a stretch of valid time: a range of the same index. */
    static final String CHANNEL_FACTS_BETWEEN = FILED + " and c.valid_from >= ? and c.valid_from < ? union all "
            + FILED + " and c.valid_from is null";

    private final JdbcTemplate jdbc;
    private final Branches branches;
    private final RowMapper<RecordedFact> facts = (row, number) -> new RecordedFact(
            StateJson.read(row.getString("fact"), KeptFact.class), instant(row, "recorded_at"));

    StateInputs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.branches = Branches.of(jdbc.getDataSource());
    }

    private List<RecordedFact> readFacts(String sql, Object[] arguments) {
        return jdbc.query(sql, facts, arguments);
    }

    /** Whether the fact {@code [track, fact_id]} is kept. */
    boolean isKept(List<String> fact) {
        return exists("select count(*) from state_fact where track = ? and fact_id = ?", fact.get(0), fact.get(1));
    }

    /** Which of the facts {@code [track, fact_id]} are kept. */
    Set<List<String>> kept(List<List<String>> facts) {
        Set<List<String>> kept = new HashSet<>();
        for (List<List<String>> chunk : SqlValues.chunks(facts)) {
            SqlValues.PairList list = SqlValues.pairList(chunk);
            jdbc.query("select track, fact_id from state_fact where (track, fact_id) in " + list.sql(),
                    row -> {
                        kept.add(List.of(row.getString("track"), row.getString("fact_id")));
                    }, list.arguments());
        }
        return kept;
    }

    /**
     * Keeps a fact that is not kept yet; one that shapes channels under the {@code channelKeys} it could belong to
     * ({@link Channels#keysEver}).
     */
    void keepNew(RecordedFact recorded, Collection<String> channelKeys) {
        KeptFact fact = recorded.fact();
        jdbc.update("insert into state_fact (track, fact_id, kind, subject, shapes_phase, shapes_channels, fact,"
                        + " recorded_at, valid_from) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fact.track(), fact.id(), fact.kind().label(), fact.subject(), fact.shapesPhase(),
                fact.shapesChannels(), StateJson.write(fact), time(recorded.recordedAt()), time(recorded.validFrom()));
        if (fact.shapesChannels()) {
            insertChannelKeys(Map.of(recorded, channelKeys));
        }
    }

    /** Files kept facts under these channel keys instead of those they had. */
    void refileChannelKeys(Map<RecordedFact, ? extends Collection<String>> keysByFact) {
        jdbc.batchUpdate("delete from state_fact_channel where track = ? and fact_id = ?",
                keysByFact.keySet().stream().map(fact -> new Object[] {fact.fact().track(), fact.id()}).toList());
        insertChannelKeys(keysByFact);
    }

    private void insertChannelKeys(Map<RecordedFact, ? extends Collection<String>> keysByFact) {
        jdbc.batchUpdate("insert into state_fact_channel (channel_key, track, fact_id, valid_from) values (?, ?, ?, ?)",
                keysByFact.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                                .map(key -> new Object[] {key, entry.getKey().fact().track(), entry.getKey().id(),
                                        time(entry.getKey().validFrom())}))
                        .toList());
    }

    List<RecordedFact> phaseFactsOf(String track) {
        return jdbc.query(FACTS + " where track = ? and shapes_phase = true", facts, track);
    }

    List<RecordedFact> factsAbout(String track, String subject) {
        return jdbc.query(FACTS + " where track = ? and subject = ?", facts, track, subject);
    }

    List<RecordedFact> channelFacts() {
        return jdbc.query(FACTS + " where shapes_channels = true", facts);
    }

    /**
     * The facts filed under a channel's key: every fact that shapes that channel at some moment of the record (and
     * some that do not, see {@link Channels#keysEver}), read from the channel's own index entries, so that a channel
     * costs what it holds, not what its busier party holds.
     */
    List<RecordedFact> channelFacts(String channelKey) {
        return jdbc.query(FACTS + " f join state_fact_channel c on c.track = f.track and c.fact_id = f.fact_id"
                + " where c.channel_key = ?", facts, channelKey);
    }

    /**
     * The phase facts of a track that start at or after {@code validFrom}, read through the index on valid time; and
     * any kept before valid times were (V14), whose start only their JSON tells: the caller filters those.
     */
    List<RecordedFact> phaseFactsFrom(String track, Instant validFrom) {
        return branches.readUnion(PHASE_FACTS_FROM, new Object[] {track, time(validFrom), track}, this::readFacts);
    }

    /**
     * The phase facts of a track that start in {@code [validFrom, validBefore)}, read through the index on valid
     * time, and any kept before valid times were (V14), which the caller filters.
     */
    List<RecordedFact> phaseFactsBetween(String track, Instant validFrom, Instant validBefore) {
        return branches.readUnion(PHASE_FACTS_BETWEEN, new Object[] {track, time(validFrom), time(validBefore),
                track}, this::readFacts);
    }

    /** As {@link #channelFacts(String)}, of the facts that start at or after {@code validFrom} (see above). */
    List<RecordedFact> channelFactsFrom(String channelKey, Instant validFrom) {
        return branches.readUnion(CHANNEL_FACTS_FROM, new Object[] {channelKey, time(validFrom), channelKey},
                this::readFacts);
    }

    /** As {@link #channelFacts(String)}, of the facts that start in {@code [validFrom, validBefore)} (see above). */
    List<RecordedFact> channelFactsBetween(String channelKey, Instant validFrom, Instant validBefore) {
        return branches.readUnion(CHANNEL_FACTS_BETWEEN, new Object[] {channelKey, time(validFrom),
                time(validBefore), channelKey}, this::readFacts);
    }

    void keep(OpenedTrack track) {
        if (!exists("select count(*) from state_track where track = ?", track.track())) {
            jdbc.update("insert into state_track (track, title, parties, recorded_at) values (?, ?, ?, ?)",
                    track.track(), track.title(), StateJson.write(track.parties()), time(track.recordedAt()));
        }
    }

    /** How many tracks the record held at {@code knownAt}: those opened by then. */
    long tracksKnownAt(Instant knownAt) {
        Long count = jdbc.queryForObject("select count(*) from state_track where recorded_at <= ?", Long.class,
                time(knownAt));
        return count == null ? 0 : count;
    }

    /** One page of the tracks the record held at {@code knownAt}, in id order. */
    List<String> tracksKnownAt(Instant knownAt, Paging paging) {
        return jdbc.queryForList("select track from state_track where recorded_at <= ? order by track"
                + " offset ? rows fetch next ? rows only", String.class, time(knownAt), paging.offset(), paging.size());
    }

    Optional<OpenedTrack> track(String track) {
        return jdbc.query("select track, title, parties, recorded_at from state_track where track = ?",
                (row, number) -> new OpenedTrack(row.getString("track"), row.getString("title"),
                        StateJson.strings(row.getString("parties")), instant(row, "recorded_at")), track)
                .stream().findFirst();
    }

    void keep(ActorProfile profile) {
        if (!exists("select count(*) from state_actor where actor_id = ? and sequence_number = ?", profile.actor(),
                profile.sequence())) {
            jdbc.update("insert into state_actor (actor_id, sequence_number, kind, speaks_for, recorded_at)"
                            + " values (?, ?, ?, ?, ?)",
                    profile.actor(), profile.sequence(), profile.kind().name(), StateJson.write(profile.speaksFor()),
                    time(profile.recordedAt()));
        }
    }

    List<ActorProfile> profiles() {
        return jdbc.query("select actor_id, sequence_number, kind, speaks_for, recorded_at from state_actor",
                (row, number) -> new ActorProfile(row.getString("actor_id"), row.getLong("sequence_number"),
                        ActorKind.valueOf(row.getString("kind")), StateJson.strings(row.getString("speaks_for")),
                        instant(row, "recorded_at")));
    }

    /**
     * Waits for, then holds until the transaction ends, the lock every recomputation of the channels takes: channels
     * gather facts of every track and profiles of every actor, which other segments may be handling at the same time.
     * Each writer stores its input first and reads all inputs after it holds the lock, so the last one sees them all.
     */
    void lockChannels() {
        jdbc.queryForList("select name from state_lock where name = 'channels' for update");
    }

    private boolean exists(String countQuery, Object... arguments) {
        Integer count = jdbc.queryForObject(countQuery, Integer.class, arguments);
        return count != null && count > 0;
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return SqlValues.instant(row, column);
    }
}
