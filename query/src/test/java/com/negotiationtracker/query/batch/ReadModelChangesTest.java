package com.negotiationtracker.query.batch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelChangesTest {

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true).build();
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
    private final ReadModelChanges changes = new ReadModelChanges();

    @AfterEach
    void close() {
        database.shutdown();
    }

    @Test
    void a_change_counts_once_its_transaction_has_ended_committed_or_rolled_back() {
        transaction.executeWithoutResult(status -> {
            changes.changedOnCommit();
            assertThat(changes.count()).as("while the transaction runs").isZero();
        });
        assertThat(changes.count()).isEqualTo(1);

        transaction.executeWithoutResult(status -> {
            changes.changedOnCommit();
            status.setRollbackOnly();
        });
        assertThat(changes.count()).isEqualTo(2);
    }

    @Test
    void outside_a_transaction_a_change_counts_at_once() {
        changes.changedOnCommit();
        changes.changed();

        assertThat(changes.count()).isEqualTo(2);
    }
}
