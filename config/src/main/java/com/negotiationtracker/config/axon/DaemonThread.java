package com.negotiationtracker.config.axon;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One named daemon thread for background work of the write side, which never keeps the application from stopping. */
final class DaemonThread {

    private DaemonThread() {
    }

    static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
