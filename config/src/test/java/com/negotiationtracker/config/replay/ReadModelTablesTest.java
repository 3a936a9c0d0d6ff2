package com.negotiationtracker.config.replay;

import com.negotiationtracker.query.replay.MarkedTables;
import com.negotiationtracker.query.replay.ReadModelTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A read model's tables are emptied if and only if the reset's transaction commits, on each database the tracker
 * runs on: rolled back, the rows are all there; committed, none are. PostgreSQL truncates in the transaction; H2,
 * whose {@code TRUNCATE} commits the transaction it runs in, marks the tables in it and truncates them once it has
 * committed, or, after a crash in between, when asked at the next start.
 */
class ReadModelTablesTest {

    private static final String POSTGRES_URL = "jdbc:postgresql://"
            + System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1") + ":"
            + System.getenv().getOrDefault("POSTGRES_PORT", "5432") + "/"
            + System.getenv().getOrDefault("POSTGRES_DB", "test");

    @TempDir
    Path folder;
    private DriverManagerDataSource dataSource;
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
            tables.empty("model_entry_actor", "model_entry");
            status.setRollbackOnly();
        });

        assertThat(count("model_entry")).isEqualTo(3);
        assertThat(count("model_entry_actor")).isEqualTo(4);
        assertThat(count("read_model_emptying")).as("no table left marked").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void emptied_in_a_transaction_committed_no_row_stays_nor_one_hanging_from_them(String database) {
        open(database);
        AtomicReference<String> done = new AtomicReference<>();

        transaction.executeWithoutResult(status -> done.set(tables.empty("model_entry_actor", "model_entry")));

        assertThat(count("model_entry")).isZero();
        assertThat(count("model_entry_actor")).isZero();
        assertThat(count("read_model_emptying")).as("no table left marked").isZero();
        assertThat(done.get()).isEqualTo(database.equals("postgresql") ? "truncated model_entry_actor, model_entry"
                : "marked model_entry_actor, model_entry to be truncated once the reset commits");
        assertThatThrownBy(() -> jdbc.update("insert into model_entry_actor values (9, 'a')"))
                .as("the foreign key holds again").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void on_h2_a_table_referring_to_one_emptied_must_be_named_with_it_or_nothing_is_marked() {
        open("h2");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> tables.empty("model_entry")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'model_entry_actor' refers to 'model_entry'");

        assertThat(count("model_entry")).isEqualTo(3);
        assertThat(count("read_model_emptying")).isZero();
    }

    @Test
    void on_h2_tables_a_reset_marked_before_its_process_died_are_emptied_when_asked_children_first() {
        open("h2");
        // committed by a reset whose process died before it could truncate them
        jdbc.update("insert into read_model_emptying (table_name, position) values ('model_entry_actor', 0),"
                + " ('model_entry', 1)");

        assertThat(MarkedTables.on(dataSource).emptyAll()).containsExactly("model_entry_actor", "model_entry");

        assertThat(count("model_entry")).isZero();
        assertThat(count("model_entry_actor")).isZero();
        assertThat(count("read_model_emptying")).isZero();
        assertThat(MarkedTables.on(dataSource).emptyAll()).as("nothing left to do").isEmpty();
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
        this.dataSource = dataSource;
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        tables = ReadModelTables.of(dataSource);
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/" + database
                + "/V20__read_model_emptying.sql")).execute(dataSource);
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
