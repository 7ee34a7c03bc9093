package org.qbank.bank.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Plan snapshots as JSON and the field-level difference of two of them. Sessions are matched by code, other list
 * entries by position.
 */
final class PlanDiff {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PlanDiff() {
    }

    static String json(PlanSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("考务方案无法序列化", e);
        }
    }

    /** Changed fields from {@code before} (null: nothing before) to {@code after}, in path order. */
    static List<AmendmentView.FieldChange> between(String before, String after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        List<AmendmentView.FieldChange> out = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        for (String p : paths) {
            if (!Objects.equals(a.get(p), b.get(p))) {
                out.add(new AmendmentView.FieldChange(p, a.get(p), b.get(p)));
            }
        }
        return out;
    }

    private static Map<String, String> flatten(String json) {
        Map<String, String> out = new TreeMap<>();
        if (json == null) {
            return out;
        }
        try {
            flatten("", JSON.readTree(json), out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("考务方案快照已损坏", e);
        }
        return out;
    }

    private static void flatten(String path, JsonNode n, Map<String, String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    e.getValue(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                JsonNode el = n.get(i);
                String key = el.isObject() && el.hasNonNull("code") ? el.get("code").asText() : String.valueOf(i);
                flatten(path + "[" + key + "]", el, out);
            }
        } else if (!n.isNull()) {
            out.put(path, n.asText());
        }
    }
}
