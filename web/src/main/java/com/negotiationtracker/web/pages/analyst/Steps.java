package com.negotiationtracker.web.pages.analyst;

import com.negotiationtracker.query.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The facts of the (filtered) timeline as steps along an axis: on valid time in the timeline's own order (valid time,
 * then record order); on record time in the order they were recorded.
 */
public record Steps(Axis axis, List<Step> all) {

    static Steps along(Axis axis, List<TimelineEntry> timeline) {
        List<TimelineEntry> ordered = new ArrayList<>(timeline);
        if (axis == Axis.RECORD) {
            // a stable sort: facts recorded in the same instant keep their valid-time order
            ordered.sort(Comparator.comparing(TimelineEntry::recordedAt));
        }
        return new Steps(axis, IntStream.range(0, ordered.size())
                .mapToObj(index -> new Step(index + 1, ordered.get(index), axis)).toList());
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public int count() {
        return all.size();
    }

    /**
     * The step asked for: the fact the URL names when it is among the steps, else the step number (1 to the count,
     * clamped), else the first.
     */
    Optional<Step> select(String event, Integer number) {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (event != null && !event.isBlank()) {
            Optional<Step> named = all.stream().filter(step -> step.id().equals(event.strip())).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        int wanted = number == null ? 1 : Math.max(1, Math.min(number, all.size()));
        return Optional.of(all.get(wanted - 1));
    }

    /** The step {@code offset} steps from {@code step}, when there is one. */
    Optional<Step> from(Step step, int offset) {
        int index = step.number() - 1 + offset;
        return index < 0 || index >= all.size() ? Optional.empty() : Optional.of(all.get(index));
    }

    Step first() {
        return all.get(0);
    }

    Step last() {
        return all.get(all.size() - 1);
    }
}
