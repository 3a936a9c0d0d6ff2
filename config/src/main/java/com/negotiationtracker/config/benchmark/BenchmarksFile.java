package com.negotiationtracker.config.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * BENCHMARKS.md, where every run leaves its figures: each run writes one block, marked by the benchmark's name and
 * its key ({@code embedded facts=100000}), under the benchmark's heading. A rerun with the same key replaces its
 * block; everything else in the file (other runs, the analysis written by hand) stays as it is.
 */
final class BenchmarksFile {

    private final Path file;

    BenchmarksFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    void update(String heading, String key, String block) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Benchmarks\n";
        String start = "<!-- benchmark " + key + ": start -->";
        String end = "<!-- benchmark " + key + ": end -->";
        String marked = start + "\n" + block.strip() + "\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + marked + text.substring(to + end.length());
        } else {
            String title = "## " + heading;
            int section = text.indexOf("\n" + title + "\n");
            if (section < 0) {
                text = text.stripTrailing() + "\n\n" + title + "\n\n" + marked + "\n";
            } else {
                int next = text.indexOf("\n## ", section + title.length() + 1);
                int at = next < 0 ? text.length() : next;
                String before = text.substring(0, at).stripTrailing();
                text = before + "\n\n" + marked + "\n" + (next < 0 ? "" : "\n" + text.substring(next + 1));
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
