package org.qbank.tools.cli;

import java.util.Map;

import org.qbank.tools.importing.ParsedBank;

/** Stores a validated bank in one transaction (all or nothing). */
public interface ImportStore {

    /** Progress callback: rows done of total. */
    interface Progress {
        void update(long done, long total);
    }

    Summary store(String institutionCode, ParsedBank bank, Progress progress);

    /** What an import changed. */
    record Summary(int knowledgeNodes, int created, int newVersions, int unchanged, int skillTasks) {

        public String describe() {
            return "已导入: 细目表节点 " + knowledgeNodes + "，新试题 " + created + "，新版本 " + newVersions + "，未变化 "
                    + unchanged + "，技能试题 " + skillTasks + "。";
        }

        public Map<String, Object> toMap() {
            return Map.of("knowledgeNodes", knowledgeNodes, "created", created, "newVersions", newVersions,
                    "unchanged", unchanged, "skillTasks", skillTasks);
        }
    }
}
