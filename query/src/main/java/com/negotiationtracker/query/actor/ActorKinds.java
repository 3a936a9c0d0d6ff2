package com.negotiationtracker.query.actor;

import com.negotiationtracker.core.actor.ActorKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Actor kinds as editors write them in dossiers: {@code person}, {@code office}, {@code unnamed-sources} ... */
public final class ActorKinds {

    private ActorKinds() {
    }

    public static String label(ActorKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String label(String kindName) {
        return label(ActorKind.valueOf(kindName));
    }

    /** The kind a label names, in any case, with dashes or underscores; empty when it names none. */
    public static Optional<ActorKind> of(String label) {
        String name = label.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ActorKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(ActorKind.values()).map(ActorKinds::label).toList();
    }
}
