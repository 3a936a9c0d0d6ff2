package com.negotiationtracker.config.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of a stretch of work, three ways: the sum of the heap pools' own peak usage since the last reset
 * ({@link MemoryPoolMXBean#getPeakUsage()}; an upper bound, as the pools need not peak at the same moment), the
 * highest total heap use seen by sampling every 20 ms, and the highest heap use found right after a collection.
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile long sampledPeak;
    private volatile long liveAfterGcPeak;
    private volatile boolean running = true;

    HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts a new stretch: peaks are counted from now. */
    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledPeak = used();
        liveAfterGcPeak = 0;
    }

    /** Sum of the heap pools' peak usage since the last reset, in MiB. */
    long poolPeaksMiB() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** The highest total heap use sampled since the last reset, in MiB. */
    long sampledPeakMiB() {
        return sampledPeak >> 20;
    }

    /**
     * The most heap found in use right after a garbage collection since the last reset, in MiB: close to the live
     * data, where the sampled peak also counts garbage not yet collected.
     */
    long liveAfterGcPeakMiB() {
        return liveAfterGcPeak >> 20;
    }

    static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private void sample() {
        while (running) {
            long used = used();
            if (used > sampledPeak) {
                sampledPeak = used;
            }
            long afterGc = pools.stream().filter(MemoryPoolMXBean::isCollectionUsageThresholdSupported)
                    .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
            if (afterGc > liveAfterGcPeak) {
                liveAfterGcPeak = afterGc;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    private long used() {
        return pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
