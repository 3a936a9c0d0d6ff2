package com.negotiationtracker.query.batch;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * Reads many small look-ups (one entity's version, one list's page, one range of an index each: the branches) as few
 * statements as the database serves best.
 * <p>
 * PostgreSQL is sent the branches of up to {@value #PER_STATEMENT} look-ups as one statement ({@code union all}), one
 * round trip instead of one each. H2, embedded, has no round trip to save, and never keeps a union's parsed form: its
 * query cache holds single selects only (2.4.240: {@code SelectUnion} is not cacheable), so a union of 64 look-ups was
 * parsed and planned anew each time it was sent, about a millisecond, where one look-up sent again is found parsed
 * and costs microseconds. There each branch is its own statement, and the rows come back in the branches' order.
 */
public final class Branches {

    /** Look-ups per statement where they are united. */
    static final int PER_STATEMENT = 64;

    private final boolean united;

    private Branches(boolean united) {
        this.united = united;
    }

    /** The way of the database behind {@code dataSource}: one statement a branch on H2, united elsewhere. */
    public static Branches of(DataSource dataSource) {
        return new Branches(DatabaseProduct.of(dataSource) != DatabaseProduct.H2);
    }

    /** Branches sent {@code united} ({@code union all}) or one statement each, whatever the database: for tests. */
    public static Branches sent(boolean united) {
        return new Branches(united);
    }

    /** One look-up: a query (in parentheses where it orders or limits its own rows) and its arguments. */
    public record Branch(String sql, List<?> arguments) {

        public Branch {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }
    }

    /** Runs a statement with positional arguments and gives its rows. */
    @FunctionalInterface
    public interface Statement<R> {
        List<R> rows(String sql, Object[] arguments);
    }

    /**
     * The rows of every branch, each branch's once. Sent one a statement, in the branches' order; united, in the order
     * {@code unitedOrder} gives each statement's rows (an {@code order by} clause, or empty for none), statement after
     * statement.
     */
    public <R> List<R> read(List<Branch> branches, String unitedOrder, Statement<R> statement) {
        return united ? readUnited(branches, false, unitedOrder, statement) : readEach(branches, statement);
    }

    /** As {@link #read(List, String, Statement)}, in no particular order. */
    public <R> List<R> read(List<Branch> branches, Statement<R> statement) {
        return read(branches, "", statement);
    }

    /**
     * The rows of every branch, where the caller tells them apart by what they hold (an entity's key): united, the
     * last branch of a statement is repeated up to a power of two, so that few statement texts serve every request
     * (PostgreSQL's driver keeps a text it is sent often prepared), and its rows may come back more than once.
     */
    public <R> List<R> readByKey(List<Branch> branches, Statement<R> statement) {
        return united ? readUnited(branches, true, "", statement) : readEach(branches, statement);
    }

    /**
     * The rows of a statement written as a few branches ({@code union all}, no order or limit of the whole), and its
     * arguments, branch after branch: united, sent as written; otherwise each branch on its own, with as many of the
     * arguments as it has parameters ({@code ?}).
     */
    public <R> List<R> readUnion(String union, Object[] arguments, Statement<R> statement) {
        if (united) {
            return statement.rows(union, arguments);
        }
        List<Branch> branches = new ArrayList<>();
        int next = 0;
        for (String branch : union.split(" union all ")) {
            int parameters = (int) branch.chars().filter(character -> character == '?').count();
            if (next + parameters > arguments.length) {
                throw new IllegalArgumentException("fewer arguments (" + arguments.length + ") than parameters in "
                        + union);
            }
            branches.add(new Branch(branch, Arrays.asList(arguments).subList(next, next + parameters)));
            next += parameters;
        }
        if (next != arguments.length) {
            throw new IllegalArgumentException("more arguments (" + arguments.length + ") than parameters (" + next
                    + ") in " + union);
        }
        return readEach(branches, statement);
    }

    private static <R> List<R> readEach(List<Branch> branches, Statement<R> statement) {
        List<R> rows = new ArrayList<>();
        branches.forEach(branch -> rows.addAll(statement.rows(branch.sql(), branch.arguments().toArray())));
        return rows;
    }

    private static <R> List<R> readUnited(List<Branch> branches, boolean padded, String order,
                                          Statement<R> statement) {
        List<R> rows = new ArrayList<>();
        for (int from = 0; from < branches.size(); from += PER_STATEMENT) {
            List<Branch> chunk = branches.subList(from, Math.min(branches.size(), from + PER_STATEMENT));
            int size = padded ? SqlValues.paddedSize(chunk.size()) : chunk.size();
            StringJoiner sql = new StringJoiner(" union all ", "", order.isEmpty() ? "" : " " + order);
            List<Object> arguments = new ArrayList<>();
            for (int index = 0; index < size; index++) {
                Branch branch = chunk.get(Math.min(index, chunk.size() - 1));
                sql.add(branch.sql());
                arguments.addAll(branch.arguments());
            }
            rows.addAll(statement.rows(sql.toString(), arguments.toArray()));
        }
        return rows;
    }
}
