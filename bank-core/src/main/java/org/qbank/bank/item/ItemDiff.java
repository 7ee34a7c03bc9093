package org.qbank.bank.item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Field-level difference of two item versions. Options are compared per label, rubric rows per 序号 and
 * preparation rows per position, because the comparison runs on the canonical field paths.
 */
public record ItemDiff(long itemId, int fromVersion, int toVersion, List<FieldChange> changes) {

    public ItemDiff {
        changes = List.copyOf(changes);
    }

    public boolean identical() {
        return changes.isEmpty();
    }

    /** Changes from {@code before} to {@code after}, in canonical field order (fields only in {@code after} last). */
    public static List<FieldChange> between(ItemContent before, ItemContent after) {
        Map<String, String> a = ContentHash.fields(before);
        Map<String, String> b = ContentHash.fields(after);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String p : paths) {
            if (!Objects.equals(a.get(p), b.get(p))) {
                out.add(new FieldChange(p, a.get(p), b.get(p)));
            }
        }
        return out;
    }
}
