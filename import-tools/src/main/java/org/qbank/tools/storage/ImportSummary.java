package org.qbank.tools.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stored import changed: 细目表 nodes written, items created, items that got a new DRAFT version because
 * their content differed, items left alone because their content was identical, and skill tasks among them.
 */
public record ImportSummary(int knowledgeNodes, int created, int newVersions, int unchanged, int skillTasks) {

    public String describe() {
        return "已导入: 细目表节点 " + knowledgeNodes + "，新试题 " + created + "，新版本 " + newVersions + "，内容未变 "
                + unchanged + "，其中技能试题 " + skillTasks + "。";
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("knowledgeNodes", knowledgeNodes);
        m.put("created", created);
        m.put("newVersions", newVersions);
        m.put("unchanged", unchanged);
        m.put("skillTasks", skillTasks);
        return m;
    }
}
