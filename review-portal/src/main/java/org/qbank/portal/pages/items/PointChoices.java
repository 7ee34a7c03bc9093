package org.qbank.portal.pages.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgePointPath;
import org.qbank.bank.knowledge.KnowledgeTreeView;

/** The 鉴定点 picker: the tree's points grouped under their parent 鉴定范围 (path shown), in code order. */
record PointChoices(List<Group> groups) {

    record Group(String label, List<Choice> points) {
    }

    record Choice(long id, String label) {
    }

    static PointChoices of(KnowledgeTreeView tree) {
        Map<String, List<Choice>> groups = new LinkedHashMap<>();
        for (KnowledgePointPath p : tree.points()) {
            String label = p.ancestors().stream().map(a -> a.displayCode() + " " + a.name())
                    .collect(Collectors.joining(" › "));
            KnowledgeNodeView n = p.point();
            groups.computeIfAbsent(label, k -> new ArrayList<>()).add(new Choice(n.id(), n.displayCode() + " "
                    + n.name() + (n.importance() == null ? "" : " (" + n.importance().name() + ")")));
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new Group(k, v)));
        return new PointChoices(out);
    }
}
