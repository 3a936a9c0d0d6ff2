package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.query.batch.BatchScope;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.replay.ReadModelTables;
import jakarta.persistence.EntityManager;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The timeline read model: one row per recorded fact, in its own tables, kept by the {@value #PROCESSING_GROUP}
 * event processor and answered by the query handlers below.
 * <p>
 * Within a processor's batch the rows are gathered in memory and written at its end, by JDBC batches
 * ({@link TimelineTables}); a handler called outside a batch writes at once. Writing is idempotent (each fact's rows
 * replaced by track and fact id), so that an event handled twice, as after a crash between the write and the token
 * update, leaves one row. A replay starts from empty tables: see {@link #reset()}.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
public class TimelineProjection {

    public static final String PROCESSING_GROUP = "timeline";

    private static final Logger log = LoggerFactory.getLogger(TimelineProjection.class);
    private static final String BATCH_ENTRIES = TimelineProjection.class.getName() + ".entries";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {
    };
    /**
     * Valid time first, then the order of recording; rows without a global position go after those with one. Track
     * and fact id make it a total order, so that pages never overlap nor leave a fact out.
     */
    private static final String ORDER =
            " order by e.validFrom, e.globalPosition nulls last, e.recordedAt, e.track, e.factId";

    @PersistenceContext
    private EntityManager entityManager;
    private final TimelineTables tables;
    private final ReadModelTables emptied;
    private final TimelineTotal total;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    public TimelineProjection(PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.emptied = ReadModelTables.of(dataSource);
        this.tables = new TimelineTables(new JdbcTemplate(dataSource));
        this.total = new TimelineTotal(new JdbcTemplate(dataSource), IndexHints.of(dataSource));
        // Joins the processor's (or the query bus's) transaction where there is one, so that the row and the token
        // commit together; opens one otherwise.
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    @EventHandler
    public void on(FactEvent event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        if (!FactKinds.isMapped(event)) {
            log.warn("{} has no timeline kind of its own yet: recorded as '{}' without details",
                    event.getClass().getName(), FactKinds.nameOf(event));
        }
        RecordedEntry entry = RecordedEntry.of(event, FactKinds.nameOf(event),
                JSON.writeValueAsString(FactKinds.detailsOf(event)), FactKinds.issuesOf(event), recordedAt,
                globalPosition(message));
        Optional<Map<TimelineEntryKey, RecordedEntry>> batch = BatchScope.gathering(BATCH_ENTRIES,
                LinkedHashMap::new, entries -> write(entries.values()));
        if (batch.isPresent()) {
            // a fact recorded twice in one batch ends with the later event's values, as if written one by one
            batch.get().put(entry.key(), entry);
        } else {
            write(List.of(entry));
        }
    }

    private void write(Collection<RecordedEntry> entries) {
        writing.executeWithoutResult(status -> {
            tables.write(entries);
            total.changedOnCommit();
        });
    }

    /** Empties the tables before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        writing.executeWithoutResult(status -> log.info("timeline reset: {}",
                emptied.empty("timeline_actor", "timeline_issue", "timeline_entry")));
        total.changed(); // and again at every batch the replay writes
    }

    /** One page of the filtered timeline, and how many facts the whole filtered timeline holds. */
    @QueryHandler
    public TimelinePage handle(FindTimeline query) {
        return reading.execute(status -> {
            TimelineFilter filter = new TimelineFilter(query.track(), query.actor(), query.kind(), query.issue(),
                    query.from(), query.until()).asOf(query.validAt(), query.knownAt());
            String fromWhere = "from TimelineEntryEntity e" + filter.where();
            TypedQuery<TimelineEntryEntity> page = entityManager.createQuery("select e " + fromWhere + ORDER,
                    TimelineEntryEntity.class);
            filter.parameters().forEach(page::setParameter);
            Paging paging = query.paging();
            List<TimelineEntry> entries = page.setFirstResult(paging.offset()).setMaxResults(paging.size())
                    .getResultList().stream()
                    .map(entry -> entry.toView(JSON.readValue(entry.details(), DETAILS)))
                    .toList();
            return new TimelinePage(entries, paging,
                    total.of(filter, paging.offset()));
        });
    }

    @QueryHandler
    public Long handle(CountTimeline query) {
        return reading.execute(status -> {
            TimelineFilter filter = new TimelineFilter(query.track(), null, query.kind(), null, null, null);
            TypedQuery<Long> jpql = entityManager.createQuery(
                    "select count(e) from TimelineEntryEntity e" + filter.where(), Long.class);
            filter.parameters().forEach(jpql::setParameter);
            return jpql.getSingleResult();
        });
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
}
