package com.negotiationtracker.web.pages.analyst;

import com.negotiationtracker.query.position.PositionView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The positions at a moment as a table: a row a party, a column an issue, a stance where the party took one. */
public record PositionsMatrix(List<String> parties, List<String> issues, Map<String, PositionView> cells) {

    static PositionsMatrix of(List<PositionView> positions) {
        TreeSet<String> parties = new TreeSet<>();
        TreeSet<String> issues = new TreeSet<>();
        Map<String, PositionView> cells = new TreeMap<>();
        for (PositionView position : positions) {
            parties.add(position.party());
            issues.add(position.issue());
            cells.put(key(position.party(), position.issue()), position);
        }
        return new PositionsMatrix(List.copyOf(parties), List.copyOf(issues), cells);
    }

    public Optional<PositionView> at(String party, String issue) {
        return Optional.ofNullable(cells.get(key(party, issue)));
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    private static String key(String party, String issue) {
        return party + "|" + issue;
    }
}
