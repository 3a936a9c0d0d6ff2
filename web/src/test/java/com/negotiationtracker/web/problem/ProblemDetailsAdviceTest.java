package com.negotiationtracker.web.problem;

import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(ProblemDetailsAdviceTest.Refusals.class)
@Import(ProblemDetailsAdviceTest.Refusals.class) // scanning leaves out classes nested in tests
class ProblemDetailsAdviceTest {

    /** Stands in for the API's controllers: each endpoint fails as the write side or Spring MVC can. */
    @RestController
    static class Refusals {

        @PostMapping("/test/facts")
        void recordFact() {
            throw new RuleViolation(Rule.FACT_RECORDED_ONCE,
                    "fact 'trump-putin-call' is already recorded in track 'us-russia' with other content");
        }

        @PostMapping("/test/tracks/missing/facts")
        void recordInMissingTrack() {
            throw new AggregateNotFoundException("track:missing", "no track 'missing'");
        }

        @PostMapping("/test/tracks/busy/facts")
        void recordWhileAnotherWriterAppends() {
            throw new ConcurrencyException("event 4 of track:busy was already appended");
        }

        @PostMapping("/test/actors/new/register")
        void registerWhileAnotherWriterOpensAStream() {
            throw new AggregateStreamCreationException("Cannot reuse aggregate identifier [actor:new]");
        }

        @PostMapping("/test/while-the-database-is-down")
        void recordWhileTheDatabaseIsDown() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        }

        @PostMapping("/test/while-the-database-shuts-down")
        void recordWhileTheDatabaseShutsDown() {
            throw new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                    new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        }

        @PostMapping("/test/while-the-database-shuts-down-under-the-jdbc-engine")
        void readStreamWhileTheDatabaseShutsDown() {
            throw new EventStoreException("Failed to read events for aggregate [track:busy]",
                    new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
        }

        @PostMapping("/test/while-the-jdbc-engine-meets-a-broken-schema")
        void readStreamFromABrokenSchema() {
            throw new EventStoreException("Failed to read events for aggregate [track:busy]",
                    new java.sql.SQLException("relation \"domain_event_entry\" does not exist", "42P01"));
        }

        @PostMapping("/test/while-a-constraint-fails")
        void recordAgainstABrokenSchema() {
            throw new DataIntegrityViolationException("null value in column \"payload\"");
        }

        @GetMapping("/test/page")
        String page(@RequestParam int number) {
            return "page " + number;
        }
    }

    @Autowired
    private MockMvc mvc;

    @Test
    void aBrokenRuleIsAConflictNamingTheRule() throws Exception {
        mvc.perform(post("/test/facts").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:rule-violated"))
                .andExpect(jsonPath("$.title").value("Business rule violated"))
                .andExpect(jsonPath("$.rule").value("FACT_RECORDED_ONCE"))
                .andExpect(jsonPath("$.detail").value(containsString("already recorded in track 'us-russia'")))
                .andExpect(jsonPath("$.instance").value("/test/facts"));
    }

    @Test
    void aMissingAggregateIsNotFound() throws Exception {
        mvc.perform(post("/test/tracks/missing/facts").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("no track 'missing'"))
                .andExpect(jsonPath("$.id").value("track:missing"));
    }

    @Test
    void aConcurrentWriteIsARetryableConflict() throws Exception {
        mvc.perform(post("/test/tracks/busy/facts").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:concurrent-write"))
                .andExpect(jsonPath("$.retryable").value(true))
                .andExpect(jsonPath("$.detail").value(containsString("send it again")));
    }

    @Test
    void aStreamAnotherWriterOpenedFirstIsARetryableConflict() throws Exception {
        mvc.perform(post("/test/actors/new/register").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:concurrent-write"))
                .andExpect(jsonPath("$.retryable").value(true));
    }

    @Test
    void anUnreachableDatabaseIsAServiceUnavailableToRetry() throws Exception {
        mvc.perform(post("/test/while-the-database-is-down").with(csrf()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:store-unavailable"))
                .andExpect(jsonPath("$.detail").value(containsString("unavailable")))
                .andExpect(jsonPath("$.retryable").value(true));
    }

    @Test
    void aDatabaseShuttingDownIsAServiceUnavailableToRetry() throws Exception {
        mvc.perform(post("/test/while-the-database-shuts-down").with(csrf()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:store-unavailable"));
    }

    @Test
    void aDatabaseShuttingDownUnderTheJdbcEngineIsAServiceUnavailableToRetry() throws Exception {
        mvc.perform(post("/test/while-the-database-shuts-down-under-the-jdbc-engine").with(csrf()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:store-unavailable"));
    }

    @Test
    void anotherEventStoreFailureIsAnInternalErrorProblem() throws Exception {
        mvc.perform(post("/test/while-the-jdbc-engine-meets-a-broken-schema").with(csrf()))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Storage failure"));
    }

    @Test
    void anotherStorageFailureIsAnInternalErrorProblem() throws Exception {
        mvc.perform(post("/test/while-a-constraint-fails").with(csrf()))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("nothing of it was recorded")));
    }

    @Test
    void aMissingOrMalformedParameterIsABadRequest() throws Exception {
        mvc.perform(get("/test/page"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("number")));
        mvc.perform(get("/test/page").param("number", "three"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("number")));
    }

    @Test
    void springMvcsOwnErrorsAreProblemsToo() throws Exception {
        mvc.perform(delete("/test/facts").with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405));
        mvc.perform(get("/test/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
