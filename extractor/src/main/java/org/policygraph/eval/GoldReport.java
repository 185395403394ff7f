package org.policygraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.policygraph.recognise.EntityType;

/**
 * One report's gold annotation, in the format of {@code gold/GUIDELINES.md}: its entities (type,
 * canonical name, surface forms) and its tasks (key, title, canonical names of the entities inside).
 */
public record GoldReport(String document, List<GoldEntity> entities, List<GoldTask> tasks) {

    public record GoldEntity(String name, EntityType type, List<String> mentions) {}

    public record GoldTask(String key, String title, List<String> entities) {}

    public static GoldReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(JSON.parse(in), file.getFileName().toString());
        } catch (org.apache.jena.atlas.json.JsonParseException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    static GoldReport parse(JsonObject o, String source) throws IOException {
        if (!o.hasKey("document") || !o.hasKey("entities")) throw new IOException(source + ": want \"document\" and \"entities\"");
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonValue v : o.get("entities").getAsArray()) {
            JsonObject e = v.getAsObject();
            EntityType type;
            try {
                type = EntityType.parse(e.getString("type"));
            } catch (IllegalArgumentException ex) {
                throw new IOException(source + ": " + ex.getMessage(), ex);
            }
            entities.add(new GoldEntity(e.getString("name"), type, strings(e.get("mentions"))));
        }
        List<GoldTask> tasks = new ArrayList<>();
        if (o.hasKey("tasks")) {
            for (JsonValue v : o.get("tasks").getAsArray()) {
                JsonObject t = v.getAsObject();
                tasks.add(new GoldTask(t.getString("key"), t.getString("title"), strings(t.get("entities"))));
            }
        }
        return new GoldReport(o.getString("document"), entities, tasks);
    }

    private static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null || !v.isArray()) return out;
        JsonArray a = v.getAsArray();
        for (JsonValue x : a) out.add(x.getAsString().value());
        return out;
    }
}
