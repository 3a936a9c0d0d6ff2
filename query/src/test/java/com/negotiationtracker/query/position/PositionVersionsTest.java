package com.negotiationtracker.query.position;

import com.negotiationtracker.query.position.PositionVersions.Stated;
import com.negotiationtracker.query.position.PositionVersions.Version;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PositionVersionsTest {

    private static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-06T09:00:00Z");
    private static final Instant T3 = Instant.parse("2026-01-07T09:00:00Z");

    @Test
    void eachStanceHoldsUntilTheNextInValidTimeAsTheRecordKnewItAtEachMoment() {
        Stated a = stated("a", "2025-02-01", T1, 1);
        Stated c = stated("c", "2025-03-01", T2, 2);
        Stated b = stated("b", "2025-02-15", T3, 3);

        assertThat(sorted(PositionVersions.of(List.of(a, c, b)))).containsExactly(
                new Version(a.key(), day("2025-02-01"), null, T1, T2),
                new Version(a.key(), day("2025-02-01"), day("2025-03-01"), T2, T3),
                new Version(a.key(), day("2025-02-01"), day("2025-02-15"), T3, null),
                new Version(b.key(), day("2025-02-15"), day("2025-03-01"), T3, null),
                new Version(c.key(), day("2025-03-01"), null, T2, null));
    }

    @Test
    void theVersionsAreTheSameWhateverOrderTheStancesComeIn() {
        List<Stated> stances = List.of(stated("a", "2025-02-01", T1, 1), stated("c", "2025-03-01", T2, 2),
                stated("b", "2025-02-15", T3, 3), stated("d", "2025-02-15", T3, 4));
        List<Version> expected = sorted(PositionVersions.of(stances));

        for (List<Stated> order : permutations(stances)) {
            assertThat(sorted(PositionVersions.of(order))).as(order.toString()).isEqualTo(expected);
        }
    }

    @Test
    void stancesRecordedAtTheSameMomentMakeOneSnapshot() {
        Stated a = stated("a", "2025-02-01", T1, 1);
        Stated b = stated("b", "2025-02-15", T1, 2);

        assertThat(sorted(PositionVersions.of(List.of(b, a)))).as("no version lives for no record time")
                .containsExactly(
                        new Version(a.key(), day("2025-02-01"), day("2025-02-15"), T1, null),
                        new Version(b.key(), day("2025-02-15"), null, T1, null));
    }

    @Test
    void atTheSameValidTimeTheLaterRecordedStanceTakesOver() {
        Stated first = stated("first", "2025-02-12", T1, 9);
        Stated second = stated("second", "2025-02-12", T1, 10);

        assertThat(sorted(PositionVersions.of(List.of(second, first)))).containsExactly(
                new Version(first.key(), day("2025-02-12"), day("2025-02-12"), T1, null),
                new Version(second.key(), day("2025-02-12"), null, T1, null));
    }

    @Test
    void noStancesNoVersions() {
        assertThat(PositionVersions.of(List.of())).isEmpty();
    }

    private static Stated stated(String factId, String day, Instant recordedAt, long position) {
        return new Stated(new StatementKey("ukraine-peace", factId), day(day), recordedAt, position);
    }

    private static Instant day(String day) {
        return Instant.parse(day + "T00:00:00Z");
    }

    private static List<Version> sorted(List<Version> versions) {
        return versions.stream().sorted(Comparator.comparing((Version v) -> v.key().factId())
                .thenComparing(Version::recordedFrom)).toList();
    }

    private static List<List<Stated>> permutations(List<Stated> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Stated>> all = new ArrayList<>();
        for (Stated first : items) {
            List<Stated> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Stated> tail : permutations(rest)) {
                List<Stated> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
