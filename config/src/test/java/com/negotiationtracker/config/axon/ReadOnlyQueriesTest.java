package com.negotiationtracker.config.axon;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;
import com.negotiationtracker.query.actor.ActorsPage;
import com.negotiationtracker.query.actor.FindActors;
import com.negotiationtracker.query.position.FindPositionHistory;
import com.negotiationtracker.query.position.FindPositions;
import com.negotiationtracker.query.position.PositionHistory;
import com.negotiationtracker.query.position.PositionView;
import com.negotiationtracker.query.position.PositionsPage;
import com.negotiationtracker.query.timeline.FindTimeline;
import com.negotiationtracker.query.timeline.TimelinePage;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Queries sent through Axon's query bus read in the handlers' own read-only transactions: Hibernate maps what they
 * read to entities, and flushes none of them, neither before each of a query's statements nor at the end.
 */
@TrackerOnTemporaryFolder(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ReadOnlyQueriesTest {

    @Autowired
    QueryGateway queries;

    @Autowired
    EntityManagerFactory entityManagers;

    private Statistics statistics;

    @BeforeEach
    void referenceStoryProjected() {
        statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        await().atMost(Duration.ofSeconds(60)).until(() -> positions().entries().size() > 1);
        statistics.clear();
    }

    @Test
    void a_stances_history_is_read_without_flushing_what_it_read() {
        PositionView stance = positions().entries().get(0);
        statistics.clear();

        PositionHistory history = queries.query(new FindPositionHistory(stance.party(), stance.issue(), null),
                ResponseTypes.instanceOf(PositionHistory.class)).join();

        assertThat(history.stances()).isNotEmpty();
        assertThat(statistics.getEntityLoadCount()).isPositive();
        assertThat(statistics.getFlushCount()).isZero();
    }

    @Test
    void the_timeline_and_the_actors_are_read_without_flushing() {
        TimelinePage timeline = queries.query(new FindTimeline(null, null, null, null, null, null, null, null, null),
                ResponseTypes.instanceOf(TimelinePage.class)).join();
        ActorsPage actors = queries.query(new FindActors(null, null, null), ResponseTypes.instanceOf(ActorsPage.class))
                .join();

        assertThat(timeline.entries()).isNotEmpty();
        assertThat(actors.entries()).isNotEmpty();
        assertThat(statistics.getFlushCount()).isZero();
    }

    private PositionsPage positions() {
        return queries.query(FindPositions.now(), ResponseTypes.instanceOf(PositionsPage.class)).join();
    }
}
