package com.negotiationtracker.config.replay;

import com.negotiationtracker.query.replay.ReadModelTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A read model's tables are emptied in the reset's transaction, on each database the tracker runs on: rolled back, the
 * rows are all there; committed, none are, nor those of the tables hanging from them by a foreign key. (H2's own
 * {@code TRUNCATE} would fail the first: it commits the transaction it runs in.)
 */
class ReadModelTablesTest {

    private static final String POSTGRES_URL = "jdbc:postgresql://"
            + System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1") + ":"
            + System.getenv().getOrDefault("POSTGRES_PORT", "5432") + "/"
            + System.getenv().getOrDefault("POSTGRES_DB", "test");

    @TempDir
    Path folder;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private ReadModelTables tables;
    private String postgresSchema;

    @AfterEach
    void dropSchema() {
        if (postgresSchema != null) {
            jdbc.execute("drop schema " + postgresSchema + " cascade");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void emptied_in_a_transaction_rolled_back_every_row_stays(String database) {
        open(database);

        transaction.executeWithoutResult(status -> {
            tables.empty("model_entry");
            assertThat(count("model_entry")).as("emptied within the transaction").isZero();
            status.setRollbackOnly();
        });

        assertThat(count("model_entry")).isEqualTo(3);
        assertThat(count("model_entry_actor")).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void emptied_in_a_transaction_committed_no_row_stays_nor_one_hanging_from_them(String database) {
        open(database);
        AtomicReference<String> done = new AtomicReference<>();

        transaction.executeWithoutResult(status -> done.set(tables.empty("model_entry")));

        assertThat(count("model_entry")).isZero();
        assertThat(count("model_entry_actor")).as("its rows go with their entry's").isZero();
        assertThat(done.get()).isEqualTo(database.equals("postgresql") ? "truncated model_entry"
                : "deleted 3 rows from model_entry");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void only_table_names_are_taken(String database) {
        open(database);

        assertThatThrownBy(() -> tables.empty("model_entry; drop table model_entry_actor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a table name");
        assertThat(count("model_entry_actor")).isEqualTo(4);
    }

    /** Three entries, four actors hanging from them by a foreign key that cascades, as the timeline's. */
    private void open(String database) {
        DriverManagerDataSource dataSource;
        if (database.equals("postgresql")) {
            postgresSchema = "read_model_tables_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            new JdbcTemplate(new DriverManagerDataSource(POSTGRES_URL, "postgres", ""))
                    .execute("create schema " + postgresSchema);
            dataSource = new DriverManagerDataSource(POSTGRES_URL + "?currentSchema=" + postgresSchema, "postgres", "");
        } else {
            dataSource = new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("tracker"), "sa", "");
        }
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        tables = ReadModelTables.of(dataSource);
        jdbc.execute("create table model_entry (id int primary key)");
        jdbc.execute("create table model_entry_actor (entry int not null, actor varchar(20) not null,"
                + " primary key (entry, actor),"
                + " foreign key (entry) references model_entry (id) on delete cascade)");
        jdbc.execute("insert into model_entry values (1), (2), (3)");
        jdbc.execute("insert into model_entry_actor values (1, 'a'), (1, 'b'), (2, 'a'), (3, 'c')");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
