package org.qbank.assembly.skill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param enemyGroups   extra 互斥组 beyond the tasks' own, each a set of task codes that must not share a paper (the
 *                      pairs a reviewer marked 互斥题)
 * @param batchPapers   the task ids of the papers solved before this one for the same batch form (papers for its
 *                      sessions and 备用卷): the new paper shares at most ⌊maxBatchOverlap·tasks⌋ tasks with each
 */
public record SkillRequest(SkillBlueprint blueprint, List<SkillTaskCandidate> tasks, List<EarlierPaper> earlierPapers,
                           long seed, Map<String, BigDecimal> moduleWeights, List<Set<String>> enemyGroups,
                           List<Set<Long>> batchPapers) {

    public SkillRequest {
        tasks = List.copyOf(tasks);
        earlierPapers = List.copyOf(earlierPapers);
        moduleWeights = moduleWeights == null ? Map.of() : Map.copyOf(moduleWeights);
        enemyGroups = enemyGroups == null ? List.of() : enemyGroups.stream().map(Set::copyOf).toList();
        batchPapers = batchPapers == null ? List.of() : batchPapers.stream().map(Set::copyOf).toList();
    }

    /** No extra 互斥组, the first paper of its form. */
    public SkillRequest(SkillBlueprint blueprint, List<SkillTaskCandidate> tasks, List<EarlierPaper> earlierPapers,
                        long seed, Map<String, BigDecimal> moduleWeights) {
        this(blueprint, tasks, earlierPapers, seed, moduleWeights, List.of(), List.of());
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

    /** The same request with {@code groups} as its extra 互斥组. */
    public SkillRequest withEnemyGroups(List<Set<String>> groups) {
        return new SkillRequest(blueprint, tasks, earlierPapers, seed, moduleWeights, groups, batchPapers);
    }

    /** The request for the next paper of a batch form: another seed, and {@code solved} as one more batch paper. */
    SkillRequest next(Set<Long> solved) {
        List<Set<Long>> batch = new ArrayList<>(batchPapers);
        batch.add(solved);
        return new SkillRequest(blueprint, tasks, earlierPapers, seed + 1, moduleWeights, enemyGroups, batch);
    }
}
