package com.negotiationtracker.config.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's command line: its own options ({@code --facts=100000}) and the application's properties
 * ({@code --tracker.processors.batch-size=500}, {@code --spring.…}, {@code --axon.…}, {@code --logging.…}), which
 * are passed on to the application unchanged, so that a setting can be tried without changing code.
 */
final class BenchmarkArguments {

    private static final List<String> APPLICATION_PREFIXES = List.of("spring.", "tracker.", "axon.", "logging.",
            "server.", "management.");

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> application = new ArrayList<>();

    private BenchmarkArguments() {
    }

    /**
     * @param known the benchmark's own option names; anything else that is not an application property is refused,
     *              so that a misspelt option does not silently run the default
     */
    static BenchmarkArguments parse(String[] args, Set<String> known) {
        BenchmarkArguments parsed = new BenchmarkArguments();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("'" + arg + "': write options as --name=value; the options are "
                        + known + " and application properties (--tracker.…, --spring.…, --axon.…)");
            }
            String name = arg.substring(2, arg.indexOf('='));
            String value = arg.substring(arg.indexOf('=') + 1);
            if (known.contains(name)) {
                parsed.options.put(name, value);
            } else if (APPLICATION_PREFIXES.stream().anyMatch(name::startsWith)) {
                parsed.application.add(arg);
            } else {
                throw new IllegalArgumentException("unknown option '--" + name + "'; the options are " + known
                        + " and application properties (--tracker.…, --spring.…, --axon.…)");
            }
        }
        return parsed;
    }

    int integer(String name, int otherwise) {
        String value = options.get(name);
        return value == null ? otherwise : Integer.parseInt(value.replace("_", "").replace(",", ""));
    }

    long longValue(String name, long otherwise) {
        String value = options.get(name);
        return value == null ? otherwise : Long.parseLong(value.replace("_", "").replace(",", ""));
    }

    String text(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    boolean flag(String name, boolean otherwise) {
        String value = options.get(name);
        return value == null ? otherwise : Boolean.parseBoolean(value);
    }

    /** The application properties given on the command line, as {@code --name=value}. */
    List<String> applicationProperties() {
        return List.copyOf(application);
    }
}
