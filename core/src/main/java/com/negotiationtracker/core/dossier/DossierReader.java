package com.negotiationtracker.core.dossier;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a dossier's text, YAML or JSON, into a tree for the {@link DossierValidator}. Refuses oversized input and
 * reports malformed text as one error at entry {@code dossier} with the parser's line and column. Duplicate keys,
 * YAML aliases ({@code *name}) and several YAML documents in one file are refused too: each would silently change
 * what the editor wrote.
 */
public final class DossierReader {

    /** The entry name of errors that concern the dossier as a whole. */
    static final String WHOLE_DOSSIER = "dossier";

    /** The largest dossier accepted, in bytes of UTF-8: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    // snakeyaml-engine's own limit (3 MB by default) would cut in before ours
                    .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_BYTES + 1).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The dossier as a tree.
     *
     * @throws DossierRejected when the text is too large or malformed
     */
    public JsonNode read(String content, DossierFormat format) {
        Objects.requireNonNull(format, "the dossier's format (YAML or JSON) is missing");
        if (content == null || content.isBlank()) {
            throw rejected("the dossier is empty");
        }
        long bytes = utf8Length(content);
        if (bytes > MAX_BYTES) {
            throw rejected(String.format(Locale.ROOT, "the dossier is %,d bytes; at most %,d bytes (5 MB) are accepted:"
                    + " split it into several dossiers", bytes, MAX_BYTES));
        }
        ObjectMapper mapper = format == DossierFormat.JSON ? JSON : YAML;
        try {
            if (format == DossierFormat.YAML) {
                List<String> problems = yamlProblems(content);
                if (!problems.isEmpty()) {
                    throw new DossierRejected(problems.stream()
                            .map(problem -> new DossierError(WHOLE_DOSSIER, null, problem)).toList());
                }
            }
            JsonNode tree = mapper.readTree(content);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw rejected("the dossier is empty");
            }
            return tree;
        } catch (JacksonException e) {
            throw rejected("malformed " + format + at(e.getLocation()) + ": " + clean(e.getOriginalMessage()));
        }
    }

    /** What the tree would hide: aliases, which Jackson reads as the anchor's name, and further documents. */
    private static List<String> yamlProblems(String content) {
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(content)) {
            int depth = 0;
            boolean rootDone = false;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (rootDone) {
                    problems.add("a dossier is one YAML document, but a second one starts"
                            + at(parser.currentTokenLocation()) + ": remove the '---' or split the file");
                    break;
                }
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    problems.add("YAML aliases (*name) are not supported" + at(parser.currentTokenLocation())
                            + ": write the value out in full");
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                rootDone = depth == 0;
            }
        }
        return problems;
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The parser's message without the snippets and source descriptions that repeat the location. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable input";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("in reader") || trimmed.equals("^")
                    || line.startsWith("    ")) {
                continue;
            }
            kept.add(trimmed.replaceAll("\\s*\\(start marker at \\[Source:.*$", "")
                    .replaceAll("\\s*\\[Source: [^\\]]*\\]", ""));
        }
        return String.join("; ", kept);
    }

    private static long utf8Length(String content) {
        long bytes = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > MAX_BYTES) {
                return bytes;
            }
        }
        return bytes;
    }

    private static DossierRejected rejected(String message) {
        return new DossierRejected(List.of(new DossierError(WHOLE_DOSSIER, null, message)));
    }
}
