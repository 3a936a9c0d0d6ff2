package com.negotiationtracker.query.position;

import com.negotiationtracker.core.actor.ActorId;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.position.PositionEvents.FIRST_IMPORT;
import static com.negotiationtracker.query.position.PositionEvents.stance;
import static com.negotiationtracker.query.position.PositionEvents.tracked;

/**
 * Random histories of stances for the positions' property tests, in record order from {@link
 * PositionEvents#FIRST_IMPORT}: each by a party and on an issue drawn from those given; a third reported late (an
 * older valid time than the latest so far), a quarter recorded at the same moment as the one before, and ties in
 * valid time.
 */
final class RandomStances {

    private final Random random;
    private final List<ActorId> parties;
    private final List<String> issues;

    RandomStances(Random random, List<ActorId> parties, List<String> issues) {
        this.random = random;
        this.parties = List.copyOf(parties);
        this.issues = List.copyOf(issues);
    }

    List<EventMessage<?>> events(int count) {
        List<EventMessage<?>> stances = new ArrayList<>();
        Instant recordedAt = FIRST_IMPORT;
        LocalDate latest = LocalDate.of(2020, 1, 1);
        for (int number = 0; number < count; number++) {
            if (random.nextInt(4) > 0) {
                recordedAt = recordedAt.plusSeconds(1 + random.nextInt(3_600));
            }
            latest = latest.plusDays(random.nextInt(40));
            LocalDate on = random.nextInt(3) == 0 ? latest.minusDays(random.nextInt(400)) : latest;
            stances.add(tracked(stance(fact("stance-" + number).on(on.toString()),
                    parties.get(random.nextInt(parties.size())), issues.get(random.nextInt(issues.size())),
                    "stance " + number), number + 1, recordedAt));
        }
        return stances;
    }
}
