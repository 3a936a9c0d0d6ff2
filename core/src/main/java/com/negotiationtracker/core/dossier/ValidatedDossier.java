package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.actor.RegisterActor;
import com.negotiationtracker.core.claim.ClaimCommand;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.OpenTrack;
import com.negotiationtracker.core.track.TrackCommand;

import java.util.List;
import java.util.stream.Stream;

/**
 * A dossier that passed validation, as the commands that record it, in the order they are sent: actors (each after
 * the actors it speaks for), then tracks, then facts in file order, then the later reports about claims in file
 * order. Each command keeps the entry it came from, so
 * that a command the write side refuses is reported against that entry.
 *
 * @param id the dossier's id
 */
public record ValidatedDossier(String id, List<Planned<RegisterActor>> actors, List<Planned<OpenTrack>> tracks,
                               List<PlannedFact> facts, List<PlannedReport> reports) {

    public ValidatedDossier {
        actors = List.copyOf(actors);
        tracks = List.copyOf(tracks);
        facts = List.copyOf(facts);
        reports = List.copyOf(reports == null ? List.of() : reports);
    }

    /** A dossier without later reports. */
    public ValidatedDossier(String id, List<Planned<RegisterActor>> actors, List<Planned<OpenTrack>> tracks,
                            List<PlannedFact> facts) {
        this(id, actors, tracks, facts, List.of());
    }

    /** The commands in the order they are sent. */
    public List<Object> commands() {
        return Stream.of(actors.stream().map(Planned::command),
                        tracks.stream().map(Planned::command), facts.stream().map(PlannedFact::command),
                        reports.stream().map(PlannedReport::command))
                .flatMap(s -> s).map(Object.class::cast).toList();
    }

    /** A command for an actor or a track, and the entry it came from ({@code actors[2] (id 'kremlin')}). */
    public record Planned<C>(String entry, C command) {
    }

    /**
     * A fact's command, its kind, the fact it records and the entry it came from
     * ({@code facts[3] (id 'trump-putin-call')}).
     */
    public record PlannedFact(String entry, FactKind kind, Fact fact, TrackCommand command) {
    }

    /**
     * A later report's command, its kind and the entry it came from
     * ({@code reports[0] (id 'wire-repeats-trump-putin-call')}).
     */
    public record PlannedReport(String entry, ReportKind kind, ClaimCommand command) {
    }
}
