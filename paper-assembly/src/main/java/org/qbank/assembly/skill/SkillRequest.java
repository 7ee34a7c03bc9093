package org.qbank.assembly.skill;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillWeights;
import org.qbank.assembly.draw.EarlierPaper;

/**
 * Everything one skill-paper solve needs: the blueprint, the bank's tasks, and the earlier skill papers (ISSUED,
 * USED, VOIDED) of the same occupation, work type and level to stay fresh against. {@code seed} makes it
 * reproducible.
 *
 * @param moduleWeights the 技能要求权重表: module code → 鉴定比重 from the skill 细目表, which gives each drawn task
 *                      its 配分 ({@link SkillWeights}); empty for a solve without points (the solver's own tests
 *                      and benchmarks), whose paper carries no 配分
 */
public record SkillRequest(SkillBlueprint blueprint, List<SkillTaskCandidate> tasks, List<EarlierPaper> earlierPapers,
                           long seed, Map<String, BigDecimal> moduleWeights) {

    public SkillRequest {
        tasks = List.copyOf(tasks);
        earlierPapers = List.copyOf(earlierPapers);
        moduleWeights = moduleWeights == null ? Map.of() : Map.copyOf(moduleWeights);
    }

    /** Without a 技能要求权重表: the paper carries no 配分. */
    public SkillRequest(SkillBlueprint blueprint, List<SkillTaskCandidate> tasks, List<EarlierPaper> earlierPapers,
                        long seed) {
        this(blueprint, tasks, earlierPapers, seed, Map.of());
    }

    /** The weights of the blueprint's modules; {@link SkillWeights#problems()} lists what is missing. */
    public SkillWeights weights() {
        return SkillWeights.of(blueprint, moduleWeights);
    }
}
