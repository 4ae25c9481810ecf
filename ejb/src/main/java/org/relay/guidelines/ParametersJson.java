package org.relay.guidelines;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rule parameters (lists of strings and numbers) to and from the JSON kept in the database. */
final class ParametersJson {

  private ParametersJson() {}

  static String write(Map<String, Object> values) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    values.forEach(
        (name, value) -> {
          if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(item -> array.add(item.toString()));
            object.add(name, array);
          } else if (value instanceof Integer i) {
            object.add(name, i);
          } else if (value instanceof Number n) {
            object.add(name, n.doubleValue());
          }
        });
    return object.build().toString();
  }

  static Map<String, Object> read(String json) {
    Map<String, Object> values = new LinkedHashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach(
          (name, value) -> {
            if (value.getValueType() == JsonValue.ValueType.ARRAY) {
              List<String> items = new ArrayList<>();
              value.asJsonArray().forEach(item -> items.add(((JsonString) item).getString()));
              values.put(name, items);
            } else if (value.getValueType() == JsonValue.ValueType.NUMBER) {
              values.put(name, ((JsonNumber) value).numberValue());
            }
          });
    }
    return values;
  }
}
