package org.qbank.tools.importing;

/**
 * What {@link BankWorkbookWriter} writes. Iterables, so a caller can stream rows from storage page by page instead of
 * holding 100,000 items. Skill tasks carry their rubric and preparation list.
 */
public record BankExport(Iterable<KnowledgeRow> knowledge, Iterable<TheoryItem> theoryItems,
                         Iterable<SkillTask> skillTasks) {

    public static BankExport of(ParsedBank bank) {
        return new BankExport(bank.knowledge(), bank.theoryItems(), bank.skillTasks());
    }
}
