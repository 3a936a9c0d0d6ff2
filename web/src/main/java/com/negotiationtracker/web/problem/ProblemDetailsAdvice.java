package com.negotiationtracker.web.problem;

import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.dossier.DossierRejected;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import jakarta.persistence.PersistenceException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers every error of the API as an RFC 9457 problem detail ({@code application/problem+json}): the domain's
 * refusals here, Spring MVC's own (400 for a missing or malformed parameter, 404, 405, 406, 415 ...) and
 * {@link org.springframework.web.ErrorResponseException}s such as {@link InvalidParameter} in the base class.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** A command broke a named business rule: 409, with the rule's name. */
    @ExceptionHandler(RuleViolation.class)
    public ProblemDetail ruleViolated(RuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, violation.getMessage());
        problem.setType(ProblemTypes.RULE_VIOLATED);
        problem.setTitle("Business rule violated");
        problem.setProperty("rule", violation.rule().name());
        return problem;
    }

    /** A command named a track or an actor the store does not hold: 404. */
    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail notFound(AggregateNotFoundException notFound) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle("Not found");
        problem.setProperty("id", notFound.getAggregateIdentifier());
        return problem;
    }

    /**
     * Another writer changed the same negotiation track at the same moment (two instances, two imports): nothing of
     * this request was recorded, and sending it again applies it to the new state. 409, marked as retryable. The
     * store reports a stream creation when the first event of the refused batch opens a stream (a new actor, a new
     * claim), whichever stream the conflict was in: the same thing for the client.
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ProblemDetail concurrentWrite(Exception conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the record changed while this request was handled; nothing of it was recorded: send it again");
        problem.setType(ProblemTypes.CONCURRENT_WRITE);
        problem.setTitle("Concurrent write");
        problem.setProperty("retryable", true);
        return problem;
    }

    /**
     * The database could not be reached (stopped, restarting, out of connections): 503 with a Retry-After, so that
     * clients wait and send again instead of reading a stack trace. Other storage failures are a 500 problem. Axon's
     * JDBC event engine reports what the driver said as an {@link EventStoreException}.
     */
    @ExceptionHandler({TransactionException.class, DataAccessException.class, PersistenceException.class,
            EventStoreException.class})
    public ResponseEntity<ProblemDetail> storageFailed(Exception failure) {
        if (!StoreOutage.isCauseOf(failure)) {
            log.error("storage failure", failure);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "the store failed while handling this request; nothing of it was recorded");
            problem.setTitle("Storage failure");
            return ResponseEntity.internalServerError().body(problem);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the event store is unavailable; nothing of this request was recorded: try again shortly");
        problem.setType(ProblemTypes.STORE_UNAVAILABLE);
        problem.setTitle("Store unavailable");
        problem.setProperty("retryable", true);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    /** A dossier was rejected whole: 422, with every error, each naming its entry and field. */
    @ExceptionHandler(DossierRejected.class)
    public ProblemDetail dossierRejected(DossierRejected rejected) {
        int count = rejected.errors().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "the dossier was rejected and nothing of it was recorded: " + count
                        + (count == 1 ? " error" : " errors"));
        problem.setType(ProblemTypes.DOSSIER_REJECTED);
        problem.setTitle("Dossier rejected");
        problem.setProperty("errors", rejected.errors());
        return problem;
    }

    /** A parameter that is not of its type ({@code page=three}): 400 naming the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String parameter = mismatch.getPropertyName();
        ProblemDetail problem = invalidParameter(parameter, "'" + mismatch.getValue() + "' is not a valid value of "
                + parameter + (mismatch.getRequiredType() == null ? ""
                : "; it takes " + article(mismatch.getRequiredType().getSimpleName())));
        return handleExceptionInternal(mismatch, problem, headers, status, request);
    }

    /** A required parameter is absent: 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = invalidParameter(missing.getParameterName(),
                "the parameter '" + missing.getParameterName() + "' is required");
        return handleExceptionInternal(missing, problem, headers, status, request);
    }

    /**
     * A parameter breaks a constraint it is declared with ({@code @Min(0) page}): 400 naming the first parameter at
     * fault, with every violation listed under {@code errors}.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(Map.of("parameter", parameter, "value", String.valueOf(result.getArgument()),
                        "message", String.valueOf(error.getDefaultMessage())));
            }
        }
        if (errors.isEmpty()) {
            return super.handleHandlerMethodValidationException(invalid, headers, status, request);
        }
        Map<String, Object> first = errors.get(0);
        ProblemDetail problem = invalidParameter((String) first.get("parameter"),
                first.get("parameter") + " " + first.get("message") + ", not " + first.get("value"));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(invalid, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail invalidParameter(String parameter, String detail) {
        return new InvalidParameter(parameter, detail).getBody();
    }

    private static String article(String typeName) {
        return switch (typeName) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> typeName;
        };
    }

    /** Names the media types the endpoint accepts (they are in the {@code Accept} header too). */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException unsupported,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        List<String> accepted = unsupported.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        ProblemDetail problem = unsupported.getBody();
        problem.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        problem.setDetail((unsupported.getContentType() == null ? "the request has no Content-Type"
                : "Content-Type '" + unsupported.getContentType() + "' is not supported")
                + "; send one of " + accepted.stream().collect(Collectors.joining(", ")));
        problem.setProperty("accepted", accepted);
        return handleExceptionInternal(unsupported, problem, headers, status, request);
    }
}
