package com.negotiationtracker.query.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many entries a filtered list holds, as one of its pages reports it: counted exactly up to
 * {@value #COUNTED_PAST_PAGE} entries past the page's start, beyond which counting stops and the count is a lower
 * bound ({@code exact} false), as search engines report their hits.
 * <p>
 * Why not always exact: a list filtered as of a valid and a record time has no index that counts it without walking
 * every entry it counts: for random times a quarter of the timeline, a quarter of a million entries at a million
 * facts, for a page of 100. A reader paging through needs to know that there is a next page and roughly how far the
 * list goes, not its length to the last entry. Where fewer entries match than are counted, the walk still goes to
 * the end of the range it walks: a list chooses what it walks so that the range is short (the timeline's
 * {@code TimelineTotal}, the positions' {@code PositionsAt}).
 * <p>
 * Shared by the read models' paged lists; it lives with {@link Paging}.
 */
public record ListTotal(long count, boolean exact) {

    /** How many entries past a page's start are counted before the count becomes "at least". */
    public static final int COUNTED_PAST_PAGE = 10_000;

    public ListTotal {
        if (count < 0) {
            throw new IllegalArgumentException("a list holds no fewer than 0 entries, not " + count);
        }
    }

    /**
     * Counts the entries of {@code fromWhere} (a JPQL {@code from ... where ...} clause, without order, with the given
     * named parameters) for the page that starts at {@code offset}: reads at most {@value #COUNTED_PAST_PAGE} + 1 of
     * them from there on. A page past the list's end is counted exactly, so that its reader learns where the list ends.
     */
    public static ListTotal count(EntityManager entityManager, String fromWhere, Map<String, ?> parameters,
                                  int offset) {
        Query ahead = entityManager.createQuery("select 1 " + fromWhere)
                .setFirstResult(offset).setMaxResults(COUNTED_PAST_PAGE + 1);
        parameters.forEach(ahead::setParameter);
        return readAhead(offset, ahead.getResultList().size(), () -> {
            Query all = entityManager.createQuery("select count(*) " + fromWhere);
            parameters.forEach(all::setParameter);
            return ((Number) all.getSingleResult()).longValue();
        });
    }

    /**
     * The same for {@code fromWhere} in SQL, with positional {@code arguments}: the database counts what it reads,
     * instead of handing each entry over.
     */
    public static ListTotal count(JdbcTemplate jdbc, String fromWhere, List<?> arguments, int offset) {
        List<Object> ahead = new ArrayList<>(arguments);
        ahead.addAll(List.of(offset, COUNTED_PAST_PAGE + 1));
        long found = jdbc.queryForObject("select count(*) from (select 1 as entry " + fromWhere
                + " offset ? rows fetch next ? rows only) ahead", Long.class, ahead.toArray());
        return readAhead(offset, found,
                () -> jdbc.queryForObject("select count(*) " + fromWhere, Long.class, arguments.toArray()));
    }

    /**
     * The total of a list read from {@code offset} on, {@code found} entries of at most {@value #COUNTED_PAST_PAGE} + 1
     * (a page and the entries after it, read at once, as a page whose entries are cheap to read can be); {@code all}
     * counts the whole list when the page is past its end.
     */
    public static ListTotal readAhead(int offset, long found, LongSupplier all) {
        if (found > 0 || offset == 0) {
            return new ListTotal(offset + found, found <= COUNTED_PAST_PAGE);
        }
        return new ListTotal(all.getAsLong(), true);
    }
}
