package org.qbank.assembly.skill;

import java.util.List;

import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.draw.EarlierPaper;

/**
 * Everything one skill-paper solve needs: the blueprint, the bank's tasks, and the earlier skill papers (ISSUED,
 * USED, VOIDED) of the same occupation, work type and level to stay fresh against. {@code seed} makes it
 * reproducible.
 */
public record SkillRequest(SkillBlueprint blueprint, List<SkillTaskCandidate> tasks, List<EarlierPaper> earlierPapers,
                           long seed) {

    public SkillRequest {
        tasks = List.copyOf(tasks);
        earlierPapers = List.copyOf(earlierPapers);
    }
}
