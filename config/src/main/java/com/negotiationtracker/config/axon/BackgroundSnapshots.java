package com.negotiationtracker.config.axon;

import org.springframework.beans.factory.DisposableBean;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that takes the tracks' snapshots, apart from the threads that write. Not an {@code Executor} bean
 * itself, so that Spring Boot's own task executor is still made. Axon queues a track at most once at a time.
 */
public final class BackgroundSnapshots implements DisposableBean {

    private final ExecutorService executor = DaemonThread.named("track-snapshots");

    ExecutorService executor() {
        return executor;
    }

    /** Lets the snapshot being taken finish (briefly), and drops those still queued. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
