package com.negotiationtracker.config.production;

import com.negotiationtracker.config.support.Dossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps what it answered as recorded, even when the process is killed the moment after: H2
 * writes committed transactions to its file up to half a second later, unless told to at once (the write side's
 * commits are, see {@code DurableCommits}). Each round records a dossier, and SIGKILL follows its answer at once;
 * the next start finds every dossier answered before, each sent again being answered as already recorded.
 */
class EmbeddedKillAfterAnswerIT {

    private static final int ROUNDS = 3;

    @TempDir
    Path work;

    @Test
    void a_dossier_answered_as_recorded_survives_the_process_being_killed_right_after() throws Exception {
        Path data = work.resolve("data");
        List<String> answered = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            try (TrackerProcess tracker = TrackerProcess.startEmbedded("round-" + round, data)) {
                assertAllRecorded(tracker, answered);
                String dossier = Dossiers.laterReport("kill-round-" + round,
                        Dossiers.statement("kill-round-" + round + "-statement", "kill-round-" + round));
                assertThat(tracker.api().postDossier(dossier, "application/json").status())
                        .as("round %d: recorded", round).isEqualTo(201);
                tracker.kill();
                answered.add(dossier);
            }
        }
        try (TrackerProcess tracker = TrackerProcess.startEmbedded("after", data)) {
            assertAllRecorded(tracker, answered);
        }
    }

    private static void assertAllRecorded(TrackerProcess tracker, List<String> dossiers) {
        for (String dossier : dossiers) {
            assertThat(tracker.api().postDossier(dossier, "application/json").status())
                    .as("a dossier answered as recorded before the kill is recorded:%n%s", dossier)
                    .isEqualTo(200);
        }
    }
}
