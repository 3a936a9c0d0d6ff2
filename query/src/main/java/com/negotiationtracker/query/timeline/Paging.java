package com.negotiationtracker.query.timeline;

/**
 * Which page of a list to answer: {@code page} counts from 0, with {@code size} entries a page (1 to
 * {@value #MAX_SIZE}). Every list the read side serves is paged, so that no request reads a whole table; the
 * default page ({@value #DEFAULT_SIZE} entries) holds a story the size of the reference story whole.
 * <p>
 * Shared by the read models (timeline, positions, actor directory); it lives with the timeline, the first of them.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public Paging {
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0: " + page + " is not a page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " of " + size + " entries lies beyond any list");
        }
    }

    /** The first page, of the default size. */
    public static Paging first() {
        return new Paging(0, DEFAULT_SIZE);
    }

    /** How many entries come before this page. */
    public int offset() {
        return page * size;
    }
}
