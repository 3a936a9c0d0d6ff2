package com.negotiationtracker.query.timeline;

import java.util.List;

/**
 * One page of the timeline: its {@code entries} in valid-time order, which page it is ({@code page} from 0, of
 * {@code size} entries at most) and how many facts the whole filtered timeline holds ({@code total}: exactly when
 * {@code totalExact}, else at least that many, see {@link ListTotal}).
 */
public record TimelinePage(List<TimelineEntry> entries, int page, int size, long total, boolean totalExact) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }

    public TimelinePage(List<TimelineEntry> entries, Paging paging, ListTotal total) {
        this(entries, paging.page(), paging.size(), total.count(), total.exact());
    }
}
