package com.negotiationtracker.config.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine a benchmark ran on, and the command that ran it: what anyone needs to rerun and compare. */
record Machine(int processors, String memory, String cpu, String java, String os) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readMemory(), readCpu(),
                System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    /** The 1-, 5- and 15-minute load averages, as {@code uptime} prints them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }

    /** The 1-minute load average, or -1 when it cannot be read. */
    static double oneMinuteLoad() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The command line of this process, as the operating system reports it. */
    static String commandLine() {
        return ProcessHandle.current().info().commandLine().orElse("(not reported by the operating system)");
    }

    String markdown() {
        return "- machine: " + processors + " CPUs (`nproc`), " + cpu + "; memory (`free -h`): " + memory
                + "\n- Java: " + java + "; " + os;
    }

    private static String readCpu() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream().filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException unreadable) {
            return "unknown CPU";
        }
    }

    private static String readMemory() {
        try {
            Process free = new ProcessBuilder("free", "-h").redirectErrorStream(true).start();
            String output;
            try (InputStream in = free.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            free.waitFor(5, TimeUnit.SECONDS);
            return output.lines().filter(line -> line.startsWith("Mem:")).findFirst()
                    .map(line -> {
                        String[] fields = line.trim().split("\\s+");
                        return fields[1] + " total, " + fields[fields.length - 1] + " available";
                    }).orElse(output.trim());
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
