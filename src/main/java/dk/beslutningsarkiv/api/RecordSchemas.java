package dk.beslutningsarkiv.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * OpenAPI schemas derived from the records the API answers with, so the document follows the code:
 * a field added to a record appears in the document without anyone editing it.
 */
final class RecordSchemas {

    private final ObjectMapper json;
    private final ObjectNode components;

    RecordSchemas(ObjectMapper json) {
        this.json = json;
        this.components = json.createObjectNode();
    }

    /** The named schemas collected so far, for {@code components.schemas}. */
    ObjectNode components() {
        return components;
    }

    /** A reference to the record's schema, registering it (and the records it holds) on first use. */
    ObjectNode ref(Class<? extends Record> type) {
        String name = type.getSimpleName();
        if (!components.has(name)) {
            ObjectNode schema = json.createObjectNode().put("type", "object");
            components.set(name, schema); // before the fields, so a record holding itself terminates
            ObjectNode properties = schema.putObject("properties");
            for (RecordComponent c : type.getRecordComponents()) {
                properties.set(c.getName(), of(c.getGenericType()));
            }
        }
        return json.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    @SuppressWarnings("unchecked")
    ObjectNode of(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = json.createObjectNode().put("type", "array");
                array.set("items", of(p.getActualTypeArguments()[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = json.createObjectNode().put("type", "object");
                map.set("additionalProperties", of(p.getActualTypeArguments()[1]));
                return map;
            }
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return json.createObjectNode().put("type", "string");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return json.createObjectNode().put("type", "integer");
        }
        if (c == boolean.class || c == Boolean.class) {
            return json.createObjectNode().put("type", "boolean");
        }
        if (c == LocalDate.class) {
            return json.createObjectNode().put("type", "string").put("format", "date");
        }
        if (c.isEnum()) {
            ObjectNode schema = json.createObjectNode().put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(jsonValueOf(constant));
            }
            return schema;
        }
        if (c.isRecord()) {
            return ref((Class<? extends Record>) c);
        }
        throw new IllegalArgumentException("no schema for " + c.getName());
    }

    /** The enum constant as Jackson writes it ({@code @JsonValue} labels such as "taget til efterretning"). */
    private String jsonValueOf(Object constant) {
        try {
            return json.readTree(json.writeValueAsString(constant)).asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("enum constant " + constant + " cannot be written", e);
        }
    }
}
