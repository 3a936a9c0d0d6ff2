-- Indexes for the as-of queries, so that a page costs what it shows, not what the whole history holds. Keep this file
-- and h2/V8__as_of_query_indexes.sql in step.

-- A timeline page is read in its own order (TimelineProjection.ORDER: valid time, global position with the rows
-- without one last, record time, track, fact id): the database walks this index from the start and stops after the
-- page, instead of sorting every fact. The record time is in it too, so that the knownAt filter and the count of the
-- filtered timeline are answered from the index alone.
create index ix_timeline_entry_page on timeline_entry (valid_from, global_position nulls last, recorded_at, track,
                                                       fact_id);

-- A positions page, in party, issue, track and fact order, with both intervals in the index: the page is walked in
-- order and its versions filtered without reading the rows that do not hold at validAt and knownAt.
create index ix_position_version_page on position_version (party, issue, track, fact_id, recorded_from, recorded_to,
                                                           valid_from, valid_to);

