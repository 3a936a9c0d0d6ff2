package com.negotiationtracker.query.claims;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.claim.ClaimAppeared;
import com.negotiationtracker.core.claim.ClaimCorrected;
import com.negotiationtracker.core.claim.ClaimCorroborated;
import com.negotiationtracker.core.claim.ClaimDisputed;
import com.negotiationtracker.core.claim.ClaimEvent;
import com.negotiationtracker.core.claim.ClaimField;
import com.negotiationtracker.core.claim.ClaimRetracted;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.query.batch.BatchScope;
import com.negotiationtracker.query.replay.ReadModelTables;
import com.negotiationtracker.query.timeline.ListTotal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The claims ledger: one row per recorded fact (every fact is a claim) and one per event about it, kept by the
 * {@value #PROCESSING_GROUP} event processor and answered by the query handlers below.
 * <p>
 * <b>First appearance.</b> Of the claim's appearances in print (the source its fact was recorded from, later
 * appearances and corroborations), the first is the one that proves the claim was in print earliest: appearances are
 * ordered by the end of the period their publication time denotes (a date at day precision counts as "in print by
 * the end of that day", an instant as itself), then by its start, then by record time. So a wire timed
 * {@code 2025-02-12T15:00:00Z} comes before a source dated {@code 2025-02-12}, and a source dated
 * {@code 2025-02-13} after it. An older source recorded later moves the first appearance earlier; the ledger keeps
 * both when the claim was first in print and when the tracker first learnt of it.
 * <p>
 * Writing is idempotent (rows keyed by event identifier, and the claim's summary recomputed from its rows), so an
 * event handled twice changes nothing. A replay starts from empty tables: see {@link #reset()}.
 */
@Component
@ProcessingGroup(ClaimsProjection.PROCESSING_GROUP)
public class ClaimsProjection {

    public static final String PROCESSING_GROUP = "claims";

    private static final Logger log = LoggerFactory.getLogger(ClaimsProjection.class);
    private static final String BATCH_CLAIMS = ClaimsProjection.class.getName() + ".claims";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> VALUE = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> FIELD_VALUES =
            new TypeReference<>() {
            };

    /** The first appearance first, as described above; then the claim's id, so that the order is total. */
    static final Comparator<ClaimReportEntity> IN_PRINT_ORDER = Comparator
            .comparing(ClaimReportEntity::publishedUntil)
            .thenComparing(ClaimReportEntity::publishedFrom)
            .thenComparing(ClaimReportEntity::recordedAt)
            .thenComparing(ClaimReportEntity::globalPosition, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ClaimReportEntity::eventId);
    private static final Comparator<ClaimReportEntity> RECORD_ORDER = Comparator
            .comparing(ClaimReportEntity::recordedAt)
            .thenComparing(ClaimReportEntity::globalPosition, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ClaimReportEntity::eventId);

    @PersistenceContext
    private EntityManager entityManager;
    private final ReadModelTables tables;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    public ClaimsProjection(PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.tables = ReadModelTables.of(dataSource);
        // Joins the processor's (or the query bus's) transaction where there is one, so that the rows and the token
        // commit together; opens one otherwise.
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    // ---- events ----

    /** A recorded fact: a claim, whose first known appearance is the source it was recorded from. */
    @EventHandler
    public void on(FactEvent event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        String track = event.track().value();
        String factId = event.fact().id().value();
        String kind = FactKind.ofEvent(event).map(FactKind::label)
                .orElseGet(() -> event.getClass().getSimpleName());
        writing.executeWithoutResult(status -> {
            report(new ClaimReportEntity(message.getIdentifier(), track, factId, ReportRole.RECORDED, null,
                    event.getClass().getSimpleName(), event.fact().provenance(), recordedAt,
                    globalPosition(message)));
            Optional<ClaimEntity> recorded = claimOf(new ClaimKey(track, factId));
            boolean isNew = recorded.isEmpty();
            ClaimEntity claim = recorded.orElseGet(() -> new ClaimEntity(track, factId));
            claim.recordFact(kind, event.fact().summary(), event.fact().provenance().assertedBy().value(),
                    event.fact().validTime().value(), json(factValues(event)), recordedAt,
                    event.namedActors().stream().map(ActorId::value).toList());
            summarise(claim);
            if (isNew) {
                entityManager.persist(claim);
                batch().ifPresent(batch -> batch.add(claim));
            }
        });
    }

    @EventHandler
    public void on(ClaimAppeared event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        later(event, ReportRole.APPEARANCE, message, recordedAt, row -> row);
    }

    @EventHandler
    public void on(ClaimCorroborated event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        later(event, ReportRole.CORROBORATION, message, recordedAt, row -> row);
    }

    @EventHandler
    public void on(ClaimDisputed event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        later(event, ReportRole.DISPUTE, message, recordedAt, row -> row.withValues(event.field().label(),
                json(ClaimValues.view(event.claimedValue())), json(view(event.claimedIn())),
                json(ClaimValues.view(event.otherValue()))));
    }

    @EventHandler
    public void on(ClaimCorrected event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        later(event, ReportRole.CORRECTION, message, recordedAt, row -> row.withValues(event.field().label(),
                json(ClaimValues.view(event.previousValue())), json(view(event.previousIn())),
                json(ClaimValues.view(event.correctedValue()))));
    }

    @EventHandler
    public void on(ClaimRetracted event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        later(event, ReportRole.RETRACTION, message, recordedAt, row -> row);
    }

    /** Empties the tables before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        writing.executeWithoutResult(status ->
                log.info("claims ledger reset: {}", tables.empty("claim_actor", "claim_report", "claim")));
    }

    private void later(ClaimEvent event, ReportRole role, EventMessage<?> message, Instant recordedAt,
                       Function<ClaimReportEntity, ClaimReportEntity> values) {
        String track = event.track().value();
        String factId = event.claim().value();
        writing.executeWithoutResult(status -> {
            report(values.apply(new ClaimReportEntity(message.getIdentifier(), track, factId, role,
                    event.report().value(), event.getClass().getSimpleName(), event.provenance(), recordedAt,
                    globalPosition(message))));
            ClaimEntity claim = claimOf(new ClaimKey(track, factId)).orElse(null);
            if (claim == null) {
                // the fact's own event is handled first (one track's events are never split between segments);
                // should it ever come later, it summarises the claim with this report
                log.warn("report {} about {}/{} arrived before its claim", event.report(), track, factId);
                return;
            }
            claim.name(event.namedActors().stream().map(ActorId::value).toList());
            summarise(claim);
        });
    }

    private void report(ClaimReportEntity row) {
        List<ClaimReportEntity> rows = reportsOf(row.track(), row.factId());
        if (rows.stream().noneMatch(kept -> kept.eventId().equals(row.eventId()))) {
            entityManager.persist(row);
            rows.add(row);
        }
    }

    /** The claim's first appearance, counts and status, from all its rows. */
    private void summarise(ClaimEntity claim) {
        List<ClaimReportEntity> rows = reportsOf(claim.track(), claim.factId());
        Map<ReportRole, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(ClaimReportEntity::role, Collectors.counting()));
        ClaimReportEntity first = rows.stream().filter(row -> row.role().isAppearance()).min(IN_PRINT_ORDER)
                .orElseThrow();
        int appearances = (int) rows.stream().filter(row -> row.role().isAppearance()).count();
        claim.summarise(first, appearances, count(counts, ReportRole.CORROBORATION), count(counts, ReportRole.DISPUTE),
                count(counts, ReportRole.CORRECTION), status(counts));
    }

    private static int count(Map<ReportRole, Long> counts, ReportRole role) {
        return counts.getOrDefault(role, 0L).intValue();
    }

    private static ClaimStatus status(Map<ReportRole, Long> counts) {
        if (counts.containsKey(ReportRole.RETRACTION)) {
            return ClaimStatus.RETRACTED;
        }
        if (counts.containsKey(ReportRole.DISPUTE)) {
            return ClaimStatus.DISPUTED;
        }
        if (counts.containsKey(ReportRole.CORRECTION)) {
            return ClaimStatus.CORRECTED;
        }
        return counts.containsKey(ReportRole.CORROBORATION) ? ClaimStatus.CORROBORATED : ClaimStatus.ASSERTED;
    }

    /**
     * Every report row of a claim, those this batch added included. Within a processor's batch the rows of all the
     * batch's claims are read at once ({@link ClaimsOfBatch}) and then kept in memory (every row the batch adds goes
     * through {@link #report}), so that neither a query per event nor a flush of the whole batch's rows before it is
     * needed; Hibernate writes them at commit.
     */
    private List<ClaimReportEntity> reportsOf(String track, String factId) {
        Optional<ClaimsOfBatch> batch = batch();
        if (batch.isEmpty()) {
            entityManager.flush(); // no batch: rows persisted by earlier calls in this transaction must be found
            return readReportsOf(track, factId, FlushModeType.AUTO);
        }
        return batch.get().reportsOf(new ClaimKey(track, factId),
                key -> readReportsOf(track, factId, FlushModeType.COMMIT));
    }

    /** The claim, if recorded: from what the batch read where there is one. */
    private Optional<ClaimEntity> claimOf(ClaimKey key) {
        Function<ClaimKey, Optional<ClaimEntity>> find =
                k -> Optional.ofNullable(entityManager.find(ClaimEntity.class, k));
        return batch().map(batch -> batch.claim(key, find)).orElseGet(() -> find.apply(key));
    }

    private Optional<ClaimsOfBatch> batch() {
        return BatchScope.current(BATCH_CLAIMS, () -> ClaimsOfBatch.read(entityManager, BatchScope.events()));
    }

    private List<ClaimReportEntity> readReportsOf(String track, String factId, FlushModeType flush) {
        return new ArrayList<>(entityManager.createQuery("select r from ClaimReportEntity r where r.track = :track"
                        + " and r.factId = :factId", ClaimReportEntity.class)
                .setParameter("track", track).setParameter("factId", factId)
                .setFlushMode(flush).getResultList());
    }

    // ---- queries ----

    @QueryHandler
    public ClaimPage handle(FindClaims query) {
        return reading.execute(status -> {
            Filter filter = new Filter(query);
            String order = query.newestFirst()
                    ? " order by c.firstPublishedUntil desc, c.firstPublishedFrom desc,"
                    + " c.firstAppearanceRecordedAt desc, c.track desc, c.factId desc"
                    : " order by c.firstPublishedUntil, c.firstPublishedFrom, c.firstAppearanceRecordedAt, c.track,"
                    + " c.factId";
            String fromWhere = "from ClaimEntity c" + filter.where();
            TypedQuery<ClaimEntity> page = entityManager.createQuery("select c " + fromWhere + order,
                    ClaimEntity.class);
            filter.parameters.forEach(page::setParameter);
            int offset = query.page() * query.size();
            List<ClaimEntity> claims = page.setFirstResult(offset)
                    .setMaxResults(query.size()).getResultList();
            Map<String, ClaimReportEntity> firsts = rowsById(claims.stream().map(ClaimEntity::firstEventId)
                    .toList());
            List<ClaimSummary> summaries = claims.stream()
                    .map(claim -> claim.toSummary(firsts.get(claim.firstEventId()).appearance())).toList();
            return new ClaimPage(summaries, query.page(), query.size(),
                    ListTotal.count(entityManager, fromWhere, filter.parameters, offset));
        });
    }

    @QueryHandler
    public Optional<ClaimDetail> handle(FindClaim query) {
        return reading.execute(status -> Optional.ofNullable(
                        entityManager.find(ClaimEntity.class, new ClaimKey(query.track(), query.factId())))
                .map(claim -> detail(claim, reportsOf(claim.track(), claim.factId()))));
    }

    @QueryHandler
    public List<ClaimDetail> handle(ExportClaims query) {
        return reading.execute(status -> {
            String after = query.afterTrack() == null ? ""
                    : " where c.track > :track or (c.track = :track and c.factId > :factId)";
            TypedQuery<ClaimEntity> batch = entityManager.createQuery("select c from ClaimEntity c" + after
                    + " order by c.track, c.factId", ClaimEntity.class).setMaxResults(query.size());
            if (query.afterTrack() != null) {
                batch.setParameter("track", query.afterTrack()).setParameter("factId", query.afterFactId());
            }
            List<ClaimEntity> claims = batch.getResultList();
            if (claims.isEmpty()) {
                return List.of();
            }
            // the rows of this batch's claims only: one query per track the batch touches
            Map<String, List<String>> factIdsByTrack = claims.stream().collect(Collectors.groupingBy(
                    ClaimEntity::track, LinkedHashMap::new, Collectors.mapping(ClaimEntity::factId,
                            Collectors.toList())));
            Map<String, List<ClaimReportEntity>> rows = new LinkedHashMap<>();
            factIdsByTrack.forEach((track, factIds) -> entityManager.createQuery(
                            "select r from ClaimReportEntity r where r.track = :track and r.factId in :factIds",
                            ClaimReportEntity.class)
                    .setParameter("track", track).setParameter("factIds", factIds).getResultList()
                    .forEach(row -> rows.computeIfAbsent(row.track() + "/" + row.factId(), key -> new ArrayList<>())
                            .add(row)));
            return claims.stream()
                    .map(claim -> detail(claim, rows.getOrDefault(claim.track() + "/" + claim.factId(), List.of())))
                    .toList();
        });
    }

    private Map<String, ClaimReportEntity> rowsById(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select r from ClaimReportEntity r where r.eventId in :ids",
                        ClaimReportEntity.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(ClaimReportEntity::eventId, Function.identity()));
    }

    private ClaimDetail detail(ClaimEntity claim, List<ClaimReportEntity> rows) {
        List<ClaimReportEntity> inPrint = rows.stream().filter(row -> row.role().isAppearance())
                .sorted(IN_PRINT_ORDER).toList();
        List<ClaimReportEntity> recorded = rows.stream().sorted(RECORD_ORDER).toList();
        AppearanceView first = inPrint.stream().filter(row -> row.eventId().equals(claim.firstEventId()))
                .findFirst().map(ClaimReportEntity::appearance).orElse(null);
        return claim.toDetail(fields(claim, recorded), first,
                inPrint.stream().map(ClaimReportEntity::appearance).toList(),
                inPrint.stream().filter(row -> row.role() == ReportRole.CORROBORATION)
                        .map(ClaimReportEntity::appearance).toList(),
                of(recorded, ReportRole.DISPUTE).map(row -> new DisputeView(row.reportId(), row.field(),
                        value(row.valueBefore()), provenance(row.valueBeforeBy()), value(row.valueAfter()),
                        row.provenance(), row.recordedAt(), row.event())).toList(),
                of(recorded, ReportRole.CORRECTION).map(row -> new CorrectionView(row.reportId(), row.field(),
                        value(row.valueBefore()), provenance(row.valueBeforeBy()), value(row.valueAfter()),
                        row.provenance(), row.recordedAt(), row.event())).toList(),
                of(recorded, ReportRole.RETRACTION).map(row -> new RetractionView(row.reportId(), row.provenance(),
                        row.recordedAt(), row.event())).toList(),
                recorded.stream().map(ClaimReportEntity::event).toList());
    }

    /** The values of the fields a fact of this kind has (null where the reporting gave none), by field name. */
    private static Map<String, Object> factValues(FactEvent event) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ClaimField field : ClaimField.values()) {
            if (field.appliesTo(event)) {
                values.put(field.label(), ClaimValues.view(field.valueIn(event)));
            }
        }
        return values;
    }

    /** The fact's values, each replaced by the latest correction of its field, with where each comes from. */
    private static List<ClaimFieldView> fields(ClaimEntity claim, List<ClaimReportEntity> recorded) {
        ClaimProvenanceView fromTheFact = recorded.stream().filter(row -> row.role() == ReportRole.RECORDED)
                .findFirst().map(ClaimReportEntity::provenance).orElse(null);
        Map<String, ClaimFieldView> fields = new LinkedHashMap<>();
        JSON.readValue(claim.factValues(), FIELD_VALUES).forEach((field, value) ->
                fields.put(field, new ClaimFieldView(field, value, fromTheFact, null)));
        of(recorded, ReportRole.CORRECTION).forEach(row -> fields.put(row.field(),
                new ClaimFieldView(row.field(), value(row.valueAfter()), row.provenance(), row.reportId())));
        return List.copyOf(fields.values());
    }

    private static java.util.stream.Stream<ClaimReportEntity> of(List<ClaimReportEntity> rows, ReportRole role) {
        return rows.stream().filter(row -> row.role() == role);
    }

    // ---- values as JSON ----

    private static ClaimProvenanceView view(Provenance provenance) {
        var source = provenance.source();
        return new ClaimProvenanceView(provenance.assertedBy().value(), provenance.channel(), provenance.quote(),
                new ClaimSourceView(source.reference(), source.outlet(), source.title(), source.url(),
                        source.publishedAt(), source.publishedFrom(),
                        com.negotiationtracker.core.time.TimePrecision.of(source.publishedAt())
                                .end(source.publishedAt())));
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    private static Map<String, Object> value(String json) {
        return json == null ? null : JSON.readValue(json, VALUE);
    }

    private static ClaimProvenanceView provenance(String json) {
        return json == null ? null : JSON.readValue(json, ClaimProvenanceView.class);
    }

    /** The event's position in the global stream, where the message comes from a tracking processor. */
    static Long globalPosition(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = tracked.trackingToken();
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            return position.isPresent() ? position.getAsLong() : null;
        }
        return null;
    }

    /** The where clause of the present filters only, so that no untyped null parameter reaches the database. */
    private static final class Filter {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Filter(FindClaims query) {
            add(query.actor(), ":actor member of c.actors", "actor");
            add(query.source(), "exists (select r.eventId from ClaimReportEntity r where r.track = c.track"
                    + " and r.factId = c.factId and r.sourceReference = :source)", "source");
            add(query.kind(), "c.kind = :kind", "kind");
            add(query.status() == null ? null : query.status().name(), "c.status = :status", "status");
            add(query.track(), "c.track = :track", "track");
            add(query.factId(), "c.factId = :factId", "factId");
        }

        private void add(Object value, String condition, String name) {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                conditions.add(condition);
                parameters.put(name, value);
            }
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

}
