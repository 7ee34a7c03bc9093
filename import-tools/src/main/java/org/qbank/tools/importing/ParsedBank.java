package org.qbank.tools.importing;

import java.util.List;

/**
 * Everything a valid upload holds, normalised and cross-checked; the storage step maps it into the bank.
 * Rows keep their sheet order.
 */
public record ParsedBank(List<KnowledgeRow> knowledge, List<TheoryItem> theoryItems, List<SkillTask> skillTasks) {

    public ParsedBank {
        knowledge = List.copyOf(knowledge);
        theoryItems = List.copyOf(theoryItems);
        skillTasks = List.copyOf(skillTasks);
    }

    public static ParsedBank empty() {
        return new ParsedBank(List.of(), List.of(), List.of());
    }
}
