package com.negotiationtracker.config.axon;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transaction that fails and then cannot be rolled back either (its connection is gone) reports the first failure,
 * the rollback's attached to it; one that succeeds commits.
 */
class CauseKeepingTransactionManagerTest {

    private final List<String> done = new ArrayList<>();

    @Test
    void a_failed_rollback_is_attached_to_the_failure_that_caused_it() {
        IllegalStateException lost = new IllegalStateException("An I/O error occurred while sending to the backend");
        TransactionManager transactions = new CauseKeepingTransactionManager(
                recording(new IllegalStateException("Connection is closed")));

        assertThatThrownBy(() -> transactions.fetchInTransaction(() -> {
            throw lost;
        })).isSameAs(lost).satisfies(failure -> assertThat(failure.getSuppressed())
                .extracting(Throwable::getMessage).containsExactly("Connection is closed"));
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> {
            throw lost;
        })).isSameAs(lost);
        assertThat(done).containsExactly("rollback", "rollback");
    }

    @Test
    void a_failure_is_rolled_back_and_a_success_committed() {
        TransactionManager transactions = new CauseKeepingTransactionManager(recording(null));

        assertThat(transactions.fetchInTransaction(() -> "read")).isEqualTo("read");
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> {
            throw new IllegalArgumentException("refused");
        })).hasMessage("refused").satisfies(failure -> assertThat(failure.getSuppressed()).isEmpty());

        assertThat(done).containsExactly("commit", "rollback");
    }

    /** Transactions that note how they end; their rollback fails with {@code rollbackFailure} when there is one. */
    private TransactionManager recording(RuntimeException rollbackFailure) {
        return () -> new Transaction() {
            @Override
            public void commit() {
                done.add("commit");
            }

            @Override
            public void rollback() {
                done.add("rollback");
                if (rollbackFailure != null) {
                    throw rollbackFailure;
                }
            }
        };
    }
}
