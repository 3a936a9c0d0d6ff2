package com.negotiationtracker.web.actor;

import com.negotiationtracker.web.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.time.Instant;

/** The directory holds no such actor (or did not yet at the time asked): answered 404 with a problem naming it. */
public class ActorNotFound extends ErrorResponseException {

    public ActorNotFound(String id, Instant knownAt) {
        super(HttpStatus.NOT_FOUND, problem(id, knownAt), null);
    }

    private static ProblemDetail problem(String id, Instant knownAt) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "the actor directory "
                + (knownAt == null ? "holds no actor '" + id + "'"
                : "held no actor '" + id + "' as the record stood at " + knownAt));
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle("Not found");
        problem.setProperty("id", id);
        return problem;
    }
}
