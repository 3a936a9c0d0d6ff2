package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.actor.ActorDirectory;
import com.negotiationtracker.core.actor.RegisterActor;
import com.negotiationtracker.core.claim.ClaimCommand;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.track.NegotiationTrack;
import com.negotiationtracker.core.track.OpenTrack;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackDirectory;
import com.negotiationtracker.core.track.TrackId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.AxonTransientException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports a dossier: reads it, validates all of it, and only then records it, all or nothing.
 * <p>
 * A dossier with any error records nothing and is answered with every error ({@link DossierRejected}). A valid
 * dossier is sent to the write side in one unit of work and one transaction: actors first (each after the actors
 * it speaks for), then tracks, then facts in file order, then the later reports about claims in file order. Should the write side refuse any command (a fact id that
 * the store holds with other content, an invitation the track never issued ...), the remaining commands are still
 * sent so that every refusal is reported, and then everything is rolled back.
 * <p>
 * Importing is idempotent: every actor, track and fact has a stable id, and the write side records nothing for an
 * id it already holds with the same content. The {@link ImportReport} tells what was new and what was not.
 * <p>
 * All or nothing holds because the commands are handled in the importing thread, in units of work nested in the
 * importer's own (Axon's {@code SimpleCommandBus}, the default): their events are staged and only stored when
 * the importer's unit of work commits.
 * <p>
 * Given the tracks' repository, the importer loads every stored track the dossier opens, or its facts and reports
 * name, before it sends the first command, in the order of their stream ids. Axon answers each load inside a unit of work by also searching the events staged so far, at a
 * cost that grows with the square of their number; loaded first, each track is read while nothing is staged, and the
 * commands find it already loaded.
 */
public class DossierImporter {

    /**
     * How often a dossier is recorded before a conflict is given up: another writer (a second instance) appended to
     * one of its tracks between loading and committing, and all of it was rolled back. Recording is idempotent, so
     * the dossier is validated and recorded again on the new state; a conflict the last time is the caller's to retry.
     */
    static final int ATTEMPTS = 3;

    private final CommandGateway commandGateway;
    private final TransactionManager transactionManager;
    private final DossierReader reader = new DossierReader();
    private final DossierValidator validator;
    private final TrackDirectory trackDirectory;
    private final Repository<NegotiationTrack> tracks;

    public DossierImporter(CommandGateway commandGateway, TransactionManager transactionManager,
                           ActorDirectory actorDirectory, TrackDirectory trackDirectory) {
        this(commandGateway, transactionManager, actorDirectory, trackDirectory, null);
    }

    /**
     * @param tracks the tracks' repository, to load the tracks a dossier names before its commands are sent; null to
     *               leave the loading to the commands
     */
    public DossierImporter(CommandGateway commandGateway, TransactionManager transactionManager,
                           ActorDirectory actorDirectory, TrackDirectory trackDirectory,
                           Repository<NegotiationTrack> tracks) {
        this.commandGateway = Objects.requireNonNull(commandGateway, "a command gateway is needed");
        this.transactionManager = Objects.requireNonNull(transactionManager, "a transaction manager is needed");
        this.validator = new DossierValidator(actorDirectory, trackDirectory);
        this.trackDirectory = trackDirectory;
        this.tracks = tracks;
    }

    /**
     * Records the dossier, or nothing of it.
     *
     * @param content the dossier's text
     * @param format  whether the text is YAML or JSON
     * @return what was recorded and what the store already held
     * @throws DossierRejected with every error found, when the dossier is malformed, invalid, or the write side
     *                         refuses any of it; nothing was recorded then
     */
    public ImportReport importDossier(String content, DossierFormat format) {
        JsonNode tree = reader.read(content, format);
        for (int attempt = 1; ; attempt++) {
            ValidatedDossier dossier = validator.validate(tree);
            try {
                return record(dossier);
            } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
                // another writer took a place in one of the streams first; the store names it a stream creation
                // when the batch's first event opens a stream, whichever stream the conflict was in
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * Checks a dossier without recording anything: every error reading and validation find (the write side's own
     * rules, such as a fact id the store holds with other content, are only checked by importing).
     *
     * @return the errors; empty when the dossier would be sent to the write side
     */
    public List<DossierError> check(String content, DossierFormat format) {
        try {
            return validator.check(reader.read(content, format));
        } catch (DossierRejected rejected) {
            return rejected.errors();
        }
    }

    /** Sends a validated dossier's commands in one unit of work and transaction, all or nothing. */
    ImportReport record(ValidatedDossier dossier) {
        Tally tally = new Tally();
        List<DossierError> refusals = new ArrayList<>();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            unitOfWork.attachTransaction(transactionManager);
            loadNamedTracks(dossier);
            for (ValidatedDossier.Planned<RegisterActor> actor : dossier.actors()) {
                send(actor.command(), actor.entry(), null, refusals, tally::actor);
            }
            for (ValidatedDossier.Planned<OpenTrack> track : dossier.tracks()) {
                send(track.command(), track.entry(), null, refusals, tally::track);
            }
            for (ValidatedDossier.PlannedFact fact : dossier.facts()) {
                send(fact.command(), fact.entry(), fact.kind(), refusals, tally::fact);
            }
            for (ValidatedDossier.PlannedReport report : dossier.reports()) {
                send(report.command(), report.entry(), null, refusals, tally::laterReport);
            }
        } catch (RuntimeException | Error failure) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
        if (!refusals.isEmpty()) {
            unitOfWork.rollback();
            throw new DossierRejected(refusals);
        }
        unitOfWork.commit();
        return tally.report(dossier.id());
    }

    /** Loads the stored tracks that the dossier opens or its facts and reports name, into the importer's unit of work. */
    private void loadNamedTracks(ValidatedDossier dossier) {
        if (tracks == null) {
            return;
        }
        // in one order on every instance: where a track's lock is held across instances, two dossiers naming the
        // same tracks then cannot each hold one that the other waits for
        Set<TrackId> named = new TreeSet<>(Comparator.comparing(TrackId::streamId));
        dossier.tracks().forEach(track -> named.add(track.command().track()));
        dossier.facts().forEach(fact -> named.add(fact.command().track()));
        dossier.reports().forEach(report -> named.add(report.command().track()));
        for (TrackId track : named) {
            // a track not stored yet is opened by the dossier (or its commands are refused); Axon would log a
            // failed load as a warning
            if (trackDirectory.isKnown(track)) {
                tracks.load(track.streamId());
            }
        }
    }

    private interface Counter {
        void count(boolean recorded);
    }

    private void send(Object command, String entry, FactKind kind, List<DossierError> refusals, Counter counter) {
        Object recorded;
        try {
            recorded = commandGateway.sendAndWait(command);
        } catch (AxonTransientException transientFailure) {
            // the store or the bus is unavailable: not the dossier's fault; the caller may try again
            throw transientFailure;
        } catch (RuntimeException refused) {
            refusals.add(refusal(entry, kind, command, refused));
            return;
        }
        counter.count(Boolean.TRUE.equals(recorded));
    }

    /** The write side's refusal, told against the entry the command came from. */
    static DossierError refusal(String entry, FactKind kind, Object command, Throwable failure) {
        RuleViolation violation = find(failure, RuleViolation.class);
        if (violation != null) {
            return new DossierError(entry, field(violation.rule(), kind, command),
                    violation.rule().name() + ": " + violation.getMessage());
        }
        AggregateNotFoundException notFound = find(failure, AggregateNotFoundException.class);
        if (notFound != null && command instanceof TrackCommand trackCommand) {
            boolean factOrReport = kind != null || command instanceof ClaimCommand;
            return new DossierError(entry, factOrReport ? "track" : null, "track '" + trackCommand.track()
                    + "' is not open: it is neither opened by this dossier nor in the store");
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new DossierError(entry, null, "the write side refused it: " + message);
    }

    private static String field(Rule rule, FactKind kind, Object command) {
        if (command instanceof ClaimCommand) {
            return switch (rule) {
                case REPORT_RECORDED_ONCE -> "id";
                case CLAIM_MUST_EXIST, RETRACTED_CLAIM_IS_CLOSED -> "claim";
                case APPEARANCE_RECORDED_ONCE -> "provenance.source";
                case CORROBORATION_BY_ANOTHER_ACTOR, ACTOR_MUST_BE_KNOWN -> "provenance.assertedBy";
                case CLAIM_FIELD_MUST_APPLY -> "field";
                case DISPUTE_NEEDS_ANOTHER_VALUE, CORRECTION_NEEDS_ANOTHER_VALUE -> "value";
                default -> null;
            };
        }
        if (kind == null) {
            return command instanceof RegisterActor && rule == Rule.ACTOR_MUST_BE_KNOWN ? "speaksFor"
                    : command instanceof OpenTrack && rule == Rule.ACTOR_MUST_BE_KNOWN ? "parties" : null;
        }
        return switch (rule) {
            case FACT_RECORDED_ONCE -> "id";
            case CALL_NEEDS_TWO_PARTICIPANTS, MEETING_NEEDS_TWO_PARTICIPANTS -> "participants";
            case DURATION_NOT_NEGATIVE -> "duration";
            case SWAP_NEEDS_TWO_PARTIES, TALKS_NEED_TWO_PARTIES, CONTACT_NEEDS_TWO_PARTIES -> "parties";
            case INVITATION_MUST_EXIST, INVITATION_ISSUED_ONCE, INVITATION_ANSWERED_ONCE,
                 WITHDRAWN_INVITATION_IS_CLOSED -> "invitation";
            case HOST_AND_GUEST_DIFFER -> "guest";
            case MEETING_MUST_EXIST, CANCELLED_MEETING_IS_CLOSED, HELD_MEETING_IS_CLOSED,
                 MEETING_PROPOSED_ONCE -> "meeting";
            default -> null;
        };
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** Counts what the write side recorded and what it already held. */
    private static final class Tally {
        private int actorsRecorded;
        private int actorsUnchanged;
        private int tracksOpened;
        private int tracksUnchanged;
        private int factsRecorded;
        private int factsAlreadyRecorded;
        private int reportsRecorded;
        private int reportsAlreadyRecorded;

        void actor(boolean recorded) {
            if (recorded) {
                actorsRecorded++;
            } else {
                actorsUnchanged++;
            }
        }

        void track(boolean recorded) {
            if (recorded) {
                tracksOpened++;
            } else {
                tracksUnchanged++;
            }
        }

        void fact(boolean recorded) {
            if (recorded) {
                factsRecorded++;
            } else {
                factsAlreadyRecorded++;
            }
        }

        void laterReport(boolean recorded) {
            if (recorded) {
                reportsRecorded++;
            } else {
                reportsAlreadyRecorded++;
            }
        }

        ImportReport report(String dossier) {
            return new ImportReport(dossier, actorsRecorded, actorsUnchanged, tracksOpened, tracksUnchanged,
                    factsRecorded, factsAlreadyRecorded, reportsRecorded, reportsAlreadyRecorded);
        }
    }
}
