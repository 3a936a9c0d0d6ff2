package com.negotiationtracker.core.dossier;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fields of one dossier entry, collecting an error for each field that is missing, unknown or of the
 * wrong type instead of stopping at the first. Readers return null for a field they could not read; whether the
 * entry as a whole is sound is {@link #failed()}.
 */
final class EntryReader {

    private final String entry;
    private final List<DossierError> errors;
    private int errorCount;

    EntryReader(String entry, List<DossierError> errors) {
        this.entry = entry;
        this.errors = errors;
    }

    String entry() {
        return entry;
    }

    /** Whether any error was reported for this entry. */
    boolean failed() {
        return errorCount > 0;
    }

    /** How many errors were reported for this entry so far. */
    int errorCount() {
        return errorCount;
    }

    void error(String field, String message) {
        errorCount++;
        errors.add(new DossierError(entry, field, message));
    }

    /** Reports every field of {@code object} that is not in {@code allowed}, with the closest allowed name. */
    void allowOnly(JsonNode object, String prefix, Collection<String> allowed, String what) {
        for (String name : object.propertyNames()) {
            if (!allowed.contains(name)) {
                String hint = Suggestions.closest(name, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
                error(prefix + name, "unknown field '" + name + "'" + hint + "; " + what + " has the fields "
                        + String.join(", ", allowed));
            }
        }
    }

    /** The field's node, or null when it is absent or null; a missing required field is an error. */
    JsonNode get(JsonNode object, String prefix, String name, boolean required) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (required) {
                error(prefix + name, "missing required field '" + name + "'");
            }
            return null;
        }
        return node;
    }

    String text(JsonNode object, String prefix, String name, boolean required) {
        JsonNode node = get(object, prefix, name, required);
        return node == null ? null : text(node, prefix + name);
    }

    /** A text value at {@code path}: a string that is not blank. */
    String text(JsonNode node, String path) {
        if (!node.isString()) {
            error(path, "must be text, not " + typeOf(node) + (node.isValueNode() ? " (put it in quotes)" : ""));
            return null;
        }
        String value = node.stringValue();
        if (value.isBlank()) {
            error(path, "is empty: write the text, or leave the field out where it is optional");
            return null;
        }
        return value;
    }

    Boolean bool(JsonNode object, String prefix, String name) {
        JsonNode node = get(object, prefix, name, false);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            error(prefix + name, "must be true or false, not " + describe(node));
            return null;
        }
        return node.booleanValue();
    }

    /** A whole number, zero or more. */
    Integer count(JsonNode object, String prefix, String name) {
        JsonNode node = get(object, prefix, name, false);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            error(prefix + name, "must be a whole number, zero or more, not " + describe(node));
            return null;
        }
        return node.intValue();
    }

    /** A list field as its nodes; an absent optional list is empty, a wrong type is an error (null). */
    List<JsonNode> list(JsonNode object, String prefix, String name, boolean required) {
        JsonNode node = get(object, prefix, name, required);
        if (node == null) {
            return required ? null : List.of();
        }
        if (!node.isArray()) {
            error(prefix + name, "must be a list, such as [a, b], not " + describe(node));
            return null;
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.values().forEach(items::add);
        return items;
    }

    /** A mapping field; null when absent or of the wrong type (which is an error). */
    JsonNode object(JsonNode object, String prefix, String name, boolean required) {
        JsonNode node = get(object, prefix, name, required);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            error(prefix + name, "must be a mapping of fields, not " + describe(node));
            return null;
        }
        return node;
    }

    /**
     * The constant of {@code type} an editor's label names: {@code unnamed-sources} names {@code UNNAMED_SOURCES}
     * (the constant's own name is accepted too).
     */
    <E extends Enum<E>> E label(JsonNode object, String prefix, String name, boolean required, Class<E> type) {
        String text = text(object, prefix, name, required);
        if (text == null) {
            return null;
        }
        return label(text, prefix + name, type);
    }

    <E extends Enum<E>> E label(String text, String path, Class<E> type) {
        String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(constant)) {
                return value;
            }
        }
        List<String> labels = labels(type);
        String hint = Suggestions.closest(text.toLowerCase(Locale.ROOT), labels)
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
        error(path, "unknown value '" + text + "'" + hint + "; write one of " + String.join(", ", labels));
        return null;
    }

    static <E extends Enum<E>> List<String> labels(Class<E> type) {
        List<String> labels = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            labels.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return labels;
    }

    static String typeOf(JsonNode node) {
        if (node.isString()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** The node's type, with its value where it is short enough to help. */
    static String describe(JsonNode node) {
        if (node.isValueNode()) {
            String shown = node.isString() ? "'" + node.stringValue() + "'" : node.toString();
            return typeOf(node) + " " + (shown.length() > 60 ? shown.substring(0, 57) + "...'" : shown);
        }
        return typeOf(node);
    }
}
