package com.negotiationtracker.config.replay;

import com.negotiationtracker.query.replay.ProcessorProgress;
import com.negotiationtracker.query.replay.ReplayProgress;
import com.negotiationtracker.query.replay.ReplayService;
import com.negotiationtracker.query.replay.ReplayState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code java -jar negotiation-tracker.jar replay}: rebuilds every read model from the event store, printing the
 * progress while it runs, and exits 0 once every processor has caught up; non-zero, saying why, when a processor
 * cannot be reset (another instance holds it) or fails while it replays.
 */
@Component
@Profile(ReplayCommand.PROFILE)
public class ReplayCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String PROFILE = "replay";
    private static final String VERB = "replay";

    private final ReplayService replays;
    private final Duration interval;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    public ReplayCommand(ReplayService replays,
                         @Value("${tracker.replay.progress-interval:PT1S}") Duration interval) {
        this.replays = replays;
        this.interval = interval;
        this.out = System.out;
        this.err = System.err;
    }

    public static boolean isRequested(String[] args) {
        return args.length > 0 && VERB.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (args.getNonOptionArgs().size() > 1) {
            err.println("usage: java -jar negotiation-tracker.jar replay (no arguments: every read model is rebuilt)");
            exitCode = 64;
            return;
        }
        ReplayProgress progress = replays.replay();
        out.println("replay: rebuilding " + names(progress.processors()) + " from the event store"
                + (progress.skipped().isEmpty() ? "" : "; never replayed: " + names(progress.skipped())));
        String lastLine = "";
        while (progress.state() == ReplayState.RUNNING) {
            Thread.sleep(interval.toMillis());
            progress = replays.progress();
            Optional<ProcessorProgress> failing = progress.processors().stream()
                    .filter(processor -> processor.error() != null).findFirst();
            if (failing.isPresent()) {
                fail("processor '" + failing.get().name() + "' is failing: " + failing.get().error()
                        + "; it resumes its replay when the application starts again");
                return;
            }
            String line = progressLine(progress);
            if (!line.equals(lastLine)) {
                out.println(line);
                lastLine = line;
            }
        }
        if (progress.state() == ReplayState.DONE) {
            out.println("replay done: " + progress.processors().size() + " read model processors rebuilt, "
                    + progress.overall().done() + "/" + progress.overall().total() + " events");
        } else {
            fail(progress.failure());
        }
    }

    private void fail(String reason) {
        err.println("replay failed: " + reason);
        exitCode = 1;
    }

    private static String progressLine(ReplayProgress progress) {
        return "replay: " + progress.overall().done() + "/" + progress.overall().total() + " events ("
                + progress.processors().stream()
                .map(processor -> processor.name() + " " + Math.min(processor.position(), processor.head()) + "/"
                        + processor.head() + (processor.caughtUp() && !processor.replaying() ? " caught up" : ""))
                .collect(Collectors.joining(", "))
                + ")";
    }

    private static String names(List<ProcessorProgress> processors) {
        return processors.stream().map(ProcessorProgress::name).collect(Collectors.joining(", "));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
