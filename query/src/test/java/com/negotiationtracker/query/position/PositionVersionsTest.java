package com.negotiationtracker.query.position;

import com.negotiationtracker.query.position.PositionVersions.Stated;
import com.negotiationtracker.query.position.PositionVersions.Version;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

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

    @Test
    void onRandomHistoriesTheSweepGivesWhatEachMomentsWholeRecordGives() {
        SplittableRandom random = new SplittableRandom(7);
        for (int history = 0; history < 300; history++) {
            List<Stated> stances = new ArrayList<>();
            int count = 1 + random.nextInt(40);
            for (int i = 0; i < count; i++) {
                // few distinct days and record times, so that ties in both are common; late reports too
                Instant validFrom = day("2025-02-01").plusSeconds(86_400L * random.nextInt(12));
                Instant recordedAt = T1.plusSeconds(3_600L * random.nextInt(10));
                stances.add(new Stated(new StatementKey(random.nextBoolean() ? "ukraine-peace" : "us-russia",
                        "fact-" + i), validFrom, recordedAt, random.nextInt(5) == 0 ? null : (long) i));
            }

            assertThat(PositionVersions.of(stances)).as(stances.toString()).isEqualTo(byDefinition(stances));
        }
    }

    /**
     * The versions straight from their definition: at every record moment, the whole record known then in valid-time
     * order, each stance holding until the next; a version closes when its stance's interval changes.
     */
    private static List<Version> byDefinition(List<Stated> stances) {
        List<Instant> moments = stances.stream().map(Stated::recordedAt).distinct().sorted().toList();
        Map<StatementKey, Version> shown = new LinkedHashMap<>();
        List<Version> versions = new ArrayList<>();
        for (Instant moment : moments) {
            List<Stated> known = stances.stream().filter(stated -> !stated.recordedAt().isAfter(moment))
                    .sorted(PositionVersions.VALID_ORDER).toList();
            for (int i = 0; i < known.size(); i++) {
                Stated stated = known.get(i);
                Instant validTo = i + 1 < known.size() ? known.get(i + 1).validFrom() : null;
                Version current = shown.get(stated.key());
                if (current == null || !Objects.equals(current.validTo(), validTo)) {
                    if (current != null) {
                        versions.add(new Version(current.key(), current.validFrom(), current.validTo(),
                                current.recordedFrom(), moment));
                    }
                    shown.put(stated.key(), new Version(stated.key(), stated.validFrom(), validTo, moment, null));
                }
            }
        }
        versions.addAll(shown.values());
        return versions;
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
