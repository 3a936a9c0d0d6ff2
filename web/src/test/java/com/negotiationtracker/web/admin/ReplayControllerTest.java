package com.negotiationtracker.web.admin;

import com.negotiationtracker.query.replay.OverallProgress;
import com.negotiationtracker.query.replay.ProcessorProgress;
import com.negotiationtracker.query.replay.ReplayAlreadyRunning;
import com.negotiationtracker.query.replay.ReplayProgress;
import com.negotiationtracker.query.replay.ReplayService;
import com.negotiationtracker.query.replay.ReplayState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(ReplayController.class)
class ReplayControllerTest {

    private static final Instant STARTED = Instant.parse("2026-01-05T09:00:00Z");
    private static final ProcessorProgress TIMELINE_HALFWAY =
            new ProcessorProgress("timeline", 24, 49, false, true, null, 4, 2);
    private static final ProcessorProgress AUDIT_CHAIN =
            new ProcessorProgress("audit-chain", 49, 49, true, false, null, 1, 1);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ReplayService replays;

    @Test
    void aReplayIsAcceptedAndPointsToWhereItCanBeFollowed() throws Exception {
        when(replays.replay()).thenReturn(new ReplayProgress(ReplayState.RUNNING, STARTED, null, null,
                List.of(TIMELINE_HALFWAY), List.of(AUDIT_CHAIN), new OverallProgress(24, 49)));

        mvc.perform(post("/api/admin/replay").with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "http://localhost/api/admin/replay"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.state").value("running"))
                .andExpect(jsonPath("$.startedAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.processors[0].name").value("timeline"))
                .andExpect(jsonPath("$.processors[0].position").value(24))
                .andExpect(jsonPath("$.processors[0].head").value(49))
                .andExpect(jsonPath("$.processors[0].caughtUp").value(false))
                .andExpect(jsonPath("$.processors[0].replaying").value(true))
                .andExpect(jsonPath("$.processors[0].segments").value(4))
                .andExpect(jsonPath("$.processors[0].claimedHere").value(2))
                .andExpect(jsonPath("$.skipped[0].name").value("audit-chain"))
                .andExpect(jsonPath("$.overall.done").value(24))
                .andExpect(jsonPath("$.overall.total").value(49))
                .andExpect(jsonPath("$.everyProcessorCaughtUp").doesNotExist())
                .andExpect(jsonPath("$.processors[0].done").doesNotExist());
    }

    @Test
    void aSecondReplayWhileOneRunsIsAConflict() throws Exception {
        when(replays.replay()).thenThrow(new ReplayAlreadyRunning(STARTED));

        mvc.perform(post("/api/admin/replay").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:replay-in-progress"))
                .andExpect(jsonPath("$.title").value("Replay in progress"))
                .andExpect(jsonPath("$.detail").value(containsString("still running")))
                .andExpect(jsonPath("$.detail").value(containsString("/api/admin/replay")))
                .andExpect(jsonPath("$.startedAt").value("2026-01-05T09:00:00Z"));
    }

    @Test
    void theProgressSaysWhenItIsDone() throws Exception {
        ProcessorProgress timelineDone = new ProcessorProgress("timeline", 49, 49, true, false, null, 1, 1);
        when(replays.progress()).thenReturn(new ReplayProgress(ReplayState.DONE, STARTED,
                STARTED.plusSeconds(3), null, List.of(timelineDone), List.of(AUDIT_CHAIN),
                new OverallProgress(49, 49)));

        mvc.perform(get("/api/admin/replay"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("done"))
                .andExpect(jsonPath("$.finishedAt").value("2026-01-05T09:00:03Z"))
                .andExpect(jsonPath("$.processors[0].caughtUp").value(true))
                .andExpect(jsonPath("$.overall.done").value(49))
                .andExpect(jsonPath("$.overall.total").value(49));
    }

    @Test
    void aFailureIsReportedWithItsReason() throws Exception {
        when(replays.progress()).thenReturn(new ReplayProgress(ReplayState.FAILED, STARTED, STARTED.plusSeconds(1),
                "cannot reset processor 'timeline': another instance sharing the database holds its segments",
                List.of(TIMELINE_HALFWAY), List.of(), new OverallProgress(24, 49)));

        mvc.perform(get("/api/admin/replay"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("failed"))
                .andExpect(jsonPath("$.failure").value(containsString("'timeline'")));
    }
}
