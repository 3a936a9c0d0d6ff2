package com.negotiationtracker.config.axon;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.PostgresSchema;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A track's lock on PostgreSQL holds against another instance (here, another {@link SharedTrackLocks}, with locks of
 * its own in the process) until the transaction that took it ends.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("postgres")
class SharedTrackLocksTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    @Qualifier("trackLocks")
    LockFactory trackLocks;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch firstHolds = new CountDownLatch(1);
    private final CountDownLatch firstMayEnd = new CountDownLatch(1);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }

    @AfterEach
    void endTheFirstInstancesTransaction() {
        firstMayEnd.countDown();
        threads.shutdownNow();
    }

    @Test
    void the_tracks_locks_on_postgresql_hold_across_instances() {
        assertThat(trackLocks).isInstanceOf(SharedTrackLocks.class);
    }

    @Test
    void a_track_locked_by_one_instance_waits_in_another_until_that_transaction_ends() throws Exception {
        firstInstanceLocksInATransaction("track:alpha-beta");

        CompletableFuture<Void> second = inTransaction(new SharedTrackLocks(dataSource), "track:alpha-beta");

        Thread.sleep(500);
        assertThat(second).as("waiting for the first instance's transaction").isNotDone();
        firstMayEnd.countDown();
        second.get(10, TimeUnit.SECONDS);
    }

    @Test
    void another_track_does_not_wait() throws Exception {
        firstInstanceLocksInATransaction("track:alpha-beta");

        inTransaction(new SharedTrackLocks(dataSource), "track:gamma-delta").get(10, TimeUnit.SECONDS);
    }

    @Test
    void outside_a_transaction_only_the_processs_own_lock_is_taken() throws Exception {
        firstInstanceLocksInATransaction("track:alpha-beta");

        CompletableFuture.runAsync(() -> new SharedTrackLocks(dataSource).obtainLock("track:alpha-beta").release(),
                threads).get(10, TimeUnit.SECONDS);
    }

    /** One instance takes the track's lock in a transaction it keeps open until the test lets it end. */
    private void firstInstanceLocksInATransaction(String streamId) throws InterruptedException {
        SharedTrackLocks first = new SharedTrackLocks(dataSource);
        threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            Lock lock = first.obtainLock(streamId);
            firstHolds.countDown();
            try {
                firstMayEnd.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                lock.release();
            }
        }));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private CompletableFuture<Void> inTransaction(SharedTrackLocks locks, String streamId) {
        return CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> locks.obtainLock(streamId).release()), threads);
    }
}
