package com.negotiationtracker.query.replay;

import org.springframework.test.context.transaction.TestTransaction;

/**
 * A read model's reset in a test that runs in a transaction of its own and rolls it back (as {@code @DataJpaTest}s
 * do). The reset's transaction is then the test's, and on H2 the reset's tables are emptied only once it commits
 * ({@link ReadModelTables}): so it is committed here, as the processor's would be, and a new test transaction
 * begins, rolled back at the end of the test as the first would have been. What the test wrote before the reset is
 * committed with it, and gone with the tables.
 */
public final class CommittedReset {

    /** The migration that makes the table in which a reset marks its tables, for a test database made by Hibernate. */
    public static final String MARKS_TABLE = "spring.sql.init.schema-locations="
            + "file:../config/src/main/resources/db/migration/h2/V20__read_model_emptying.sql";

    private CommittedReset() {
    }

    public static void of(Runnable reset) {
        reset.run();
        TestTransaction.flagForCommit();
        TestTransaction.end();
        TestTransaction.start();
    }
}
