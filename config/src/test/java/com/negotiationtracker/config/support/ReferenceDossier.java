package com.negotiationtracker.config.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled reference dossier, as the running application finds it on its classpath. */
public final class ReferenceDossier {

    private ReferenceDossier() {
    }

    public static String yaml() {
        try (InputStream in = ReferenceDossier.class.getResourceAsStream("/dossiers/seed-article.yaml")) {
            if (in == null) {
                throw new IllegalStateException("dossiers/seed-article.yaml is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree() {
        return YAMLMapper.builder().build().readTree(yaml());
    }

    /** The same dossier in its JSON notation. */
    public static String json() {
        return JsonMapper.builder().build().writeValueAsString(tree());
    }

    public static int factCount() {
        return tree().path("facts").size();
    }
}
