package com.negotiationtracker.query.batch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many look-ups read as one statement each or united in a few, on a table of versions: the same rows either way, each
 * branch's once (or, by key, at least once), in the branches' order or the order asked of the united statements.
 */
class BranchesTest {

    /** The latest version of one entity: a look-up that orders and limits its own rows. */
    private static final String LATEST = "(select entity, version from versions where entity = ?"
            + " order by entity desc, version desc fetch first 1 row only)";
    /** Every version of one entity from a version on. */
    private static final String FROM = "select entity, version from versions where entity = ? and version >= ?";

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true).build();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final List<String> sent = new ArrayList<>();

    BranchesTest() {
        jdbc.execute("create table versions (entity varchar(20), version int, primary key (entity, version))");
        // entity e-N has N versions, 1 to N; e-0 has none
        IntStream.rangeClosed(1, 150).forEach(entity -> IntStream.rangeClosed(1, entity).forEach(version ->
                jdbc.update("insert into versions values (?, ?)", entity(entity), version)));
    }

    @AfterEach
    void closeDatabase() {
        database.shutdown();
    }

    @Test
    void on_h2_each_branch_is_a_statement_of_its_own_and_the_rows_come_in_the_branches_order() {
        List<Branches.Branch> latest = IntStream.of(7, 3, 0, 150, 42)
                .mapToObj(entity -> new Branches.Branch(LATEST, List.of(entity(entity)))).toList();

        List<Version> rows = Branches.of(database).read(latest, "order by entity", this::versions);

        assertThat(rows).containsExactly(new Version("e-7", 7), new Version("e-3", 3), new Version("e-150", 150),
                new Version("e-42", 42));
        assertThat(sent).as("one statement a branch, as the branch is written").hasSize(5).containsOnly(LATEST);
    }

    @Test
    void united_up_to_64_branches_a_statement_each_branch_once_and_each_statement_in_the_order_asked() {
        List<Branches.Branch> from = IntStream.rangeClosed(1, 150)
                .mapToObj(entity -> new Branches.Branch(FROM, List.of(entity(entity), entity - 1))).toList();

        List<Version> rows = Branches.sent(true).read(from, "order by version desc, entity", this::versions);

        assertThat(sent).hasSize(3);
        assertThat(sent).map(BranchesTest::branchesOf).containsExactly(64, 64, 22);
        assertThat(sent).allSatisfy(sql -> assertThat(sql).endsWith(" order by version desc, entity"));
        // entity e-N from version N-1 on: versions N-1 and N (only 1 for e-1)
        assertThat(rows).hasSize(299).doesNotHaveDuplicates();
        assertThat(rows.subList(0, 3)).as("the first statement's rows in the order asked")
                .containsExactly(new Version("e-64", 64), new Version("e-63", 63), new Version("e-64", 63));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(Branches.sent(false).read(from, this::versions));
    }

    @Test
    void united_by_key_the_last_branch_is_repeated_to_a_power_of_two_and_no_entity_is_left_out() {
        List<Branches.Branch> latest = IntStream.rangeClosed(1, 70)
                .mapToObj(entity -> new Branches.Branch(LATEST, List.of(entity(entity)))).toList();

        List<Version> rows = Branches.sent(true).readByKey(latest, this::versions);

        assertThat(sent).map(BranchesTest::branchesOf).as("64, then 6 filled up to 8").containsExactly(64, 8);
        assertThat(rows).hasSize(72).containsAll(Branches.sent(false).readByKey(latest, this::versions));
        assertThat(rows.stream().distinct()).hasSize(70);
    }

    @Test
    void a_statement_written_as_branches_is_sent_whole_united_and_branch_by_branch_with_its_own_arguments_on_h2() {
        String union = FROM + " union all " + LATEST;
        Object[] arguments = {"e-5", 4, "e-9"};

        List<Version> whole = Branches.sent(true).readUnion(union, arguments, this::versions);
        List<Version> split = Branches.of(database).readUnion(union, arguments, this::versions);

        assertThat(sent).containsExactly(union, FROM, LATEST);
        assertThat(split).containsExactly(new Version("e-5", 4), new Version("e-5", 5), new Version("e-9", 9));
        assertThat(whole).containsExactlyInAnyOrderElementsOf(split);
    }

    @Test
    void arguments_that_do_not_fit_the_branches_parameters_are_refused_before_anything_is_sent() {
        String union = FROM + " union all " + LATEST;

        assertThatThrownBy(() -> Branches.sent(false).readUnion(union, new Object[] {"e-5", 4}, this::versions))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer arguments (2)");
        assertThatThrownBy(() -> Branches.sent(false).readUnion(union, new Object[] {"e-5", 4, "e-9", 1},
                this::versions)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more arguments (4) than parameters (3)");
        assertThat(sent).isEmpty();
    }

    @Test
    void no_branches_no_statement() {
        assertThat(Branches.sent(true).read(List.of(), this::versions)).isEmpty();
        assertThat(Branches.sent(false).readByKey(List.of(), this::versions)).isEmpty();
        assertThat(sent).isEmpty();
    }

    private List<Version> versions(String sql, Object[] arguments) {
        sent.add(sql);
        return jdbc.query(sql, (row, number) -> new Version(row.getString("entity"), row.getInt("version")),
                arguments);
    }

    private static int branchesOf(String sql) {
        return sql.split(" union all ").length;
    }

    private static String entity(int number) {
        return "e-" + number;
    }

    private record Version(String entity, int version) {
    }
}
