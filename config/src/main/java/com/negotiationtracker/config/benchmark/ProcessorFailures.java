package com.negotiationtracker.config.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the batches event processors abort and retry while a benchmark runs, from what Axon logs about them
 * ("Error while processing batch in Work Package [2]-[state]. Aborting Work Package..."): a replay that finishes may
 * still have failed and redone many batches on the way (lock timeouts, deadlocks, unique-key races between segments).
 */
final class ProcessorFailures extends AppenderBase<ILoggingEvent> {

    private static final Pattern WORK_PACKAGE = Pattern.compile("Work Package \\[\\d+]-\\[([^]]+)]");

    private final Map<String, Integer> aborted = new TreeMap<>();
    private final Map<String, String> firstCause = new TreeMap<>();

    /** Starts counting: attaches to the root logger of the application's logging. */
    static ProcessorFailures attach() {
        ProcessorFailures failures = new ProcessorFailures();
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        failures.setContext(logging);
        failures.setName("benchmark-processor-failures");
        failures.start();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(failures);
        return failures;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        Matcher workPackage = WORK_PACKAGE.matcher(event.getFormattedMessage());
        if (!event.getFormattedMessage().contains("Aborting Work Package") || !workPackage.find()) {
            return;
        }
        String processor = workPackage.group(1);
        aborted.merge(processor, 1, Integer::sum);
        firstCause.putIfAbsent(processor, rootCause(event.getThrowableProxy()));
    }

    /** Aborted batches so far, by processor; and the first one's root cause. Resets the counts. */
    synchronized Map<String, String> takeSummary() {
        Map<String, String> summary = new TreeMap<>();
        aborted.forEach((processor, count) -> summary.put(processor, count + " aborted batch(es), the first because "
                + firstCause.get(processor)));
        aborted.clear();
        firstCause.clear();
        return summary;
    }

    private static String rootCause(IThrowableProxy thrown) {
        if (thrown == null) {
            return "(no exception logged)";
        }
        IThrowableProxy root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return root.getClassName().substring(root.getClassName().lastIndexOf('.') + 1) + ": "
                + message.substring(0, Math.min(200, message.length()));
    }
}
