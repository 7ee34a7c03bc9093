package org.qbank.tools.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.review.ResourceCount;
import org.qbank.tools.filing.ResourceInfoRow.Kind;
import org.qbank.tools.filing.ResourceInfoRow.Quantity;
import org.qbank.tools.filing.ResourceInfoRow.Source;

/**
 * Groups the bank's approved counts into 试题资源基本信息 rows: one per occupation / work type, a self-built 题库,
 * theory counted in 题 and skill tasks in 套, 综合评审 in 题.
 */
public final class ResourceInfoRows {

    private ResourceInfoRows() {
    }

    public static List<ResourceInfoRow> selfBuilt(List<ResourceCount> counts) {
        Map<String, List<ResourceCount>> groups = new LinkedHashMap<>();
        counts.forEach(c -> groups.computeIfAbsent(c.occupationId() + "/" + Objects.toString(c.workTypeId(), ""),
                k -> new ArrayList<>()).add(c));
        List<ResourceInfoRow> rows = new ArrayList<>();
        for (List<ResourceCount> g : groups.values()) {
            ResourceCount first = g.get(0);
            List<Level> levels = g.stream().map(ResourceCount::level).distinct().toList();
            List<Quantity> q = new ArrayList<>();
            for (Subject s : Subject.values()) {
                long n = g.stream().filter(c -> c.subject() == s).mapToLong(ResourceCount::items).sum();
                if (n > 0) {
                    q.add(new Quantity(s, n, s == Subject.SKILL ? "套" : "题"));
                }
            }
            rows.add(new ResourceInfoRow(first.occupationName(), first.occupationCode(), first.workTypeName(), levels,
                    Source.SELF_BUILT, Kind.ITEM_BANK, q));
        }
        return rows;
    }
}
