package com.negotiationtracker.web.problem;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Tells a failure to reach the database apart from other storage failures, whatever wraps it. */
final class StoreOutage {

    /**
     * SQLSTATEs of a server that is going away or not there: the whole "08" class (connection exceptions), and
     * PostgreSQL's 57P01 admin shutdown, 57P02 crash shutdown and 57P03 cannot connect now.
     */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    private StoreOutage() {
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SQLException sql && isServerGone(sql.getSQLState())
                    || "org.hibernate.exception.JDBCConnectionException".equals(cause.getClass().getName())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean isServerGone(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SERVER_GONE.contains(sqlState));
    }
}
