package org.qbank.tools.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stored import changed: 细目表 nodes written, items created, items that got a new DRAFT version because
 * their content differed, items refiled under another 鉴定点 (or 互斥组, 来源), items left alone because content and
 * filing were identical, and skill tasks among them.
 */
public record ImportSummary(int knowledgeNodes, int created, int newVersions, int reclassified, int unchanged,
                            int skillTasks) {

    public String describe() {
        return "已导入: 细目表节点 " + knowledgeNodes + "，新试题 " + created + "，新版本 " + newVersions + "，重新归类 " + reclassified
                + "，未变 "
                + unchanged + "，其中技能试题 " + skillTasks + "。";
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("knowledgeNodes", knowledgeNodes);
        m.put("created", created);
        m.put("newVersions", newVersions);
        m.put("reclassified", reclassified);
        m.put("unchanged", unchanged);
        m.put("skillTasks", skillTasks);
        return m;
    }
}
