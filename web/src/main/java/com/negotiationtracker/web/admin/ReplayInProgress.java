package com.negotiationtracker.web.admin;

import com.negotiationtracker.query.replay.ReplayAlreadyRunning;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A replay was asked for while one runs: answered 409 with a problem saying since when, and where to follow it. */
public class ReplayInProgress extends ErrorResponseException {

    /** The problem's {@code type}, in the form of the API's others (see {@code ProblemTypes}). */
    public static final URI TYPE = URI.create("urn:negotiation-tracker:problem:replay-in-progress");

    public ReplayInProgress(ReplayAlreadyRunning running) {
        super(HttpStatus.CONFLICT, problem(running), running);
    }

    private static ProblemDetail problem(ReplayAlreadyRunning running) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                running.getMessage() + "; follow it at /api/admin/replay");
        problem.setType(TYPE);
        problem.setTitle("Replay in progress");
        problem.setProperty("startedAt", running.startedAt());
        return problem;
    }
}
