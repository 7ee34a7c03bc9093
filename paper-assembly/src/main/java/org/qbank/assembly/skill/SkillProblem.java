package org.qbank.assembly.skill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.EarlierPaper;

/**
 * The solver input of one skill paper, built once: usable tasks per module (approved, under the exposure cap, and
 * outside the look-back papers when the overlap limit allows no shared task), with what each filter removed so
 * that a shortfall can say why.
 */
record SkillProblem(SkillRequest request, Map<String, List<Task>> tasksByModule, Map<String, Integer> excludedByExposure,
                    Map<String, Integer> excludedByLookBack, int lookBackPapers, SkillSolution solution) {

    static SkillProblem build(SkillRequest request) {
        SkillBlueprint bp = request.blueprint();
        ExposurePolicy policy = bp.exposure();
        int size = bp.taskCount();
        int allowed = policy.allowedWithEarlier(size);
        List<EarlierPaper> earlier = request.earlierPapers();
        Map<Long, Integer> recentUse = new HashMap<>();
        earlier.stream().filter(EarlierPaper::inLookBack)
                .forEach(p -> p.itemIds().forEach(id -> recentUse.merge(id, 1, Integer::sum)));
        Map<String, List<Task>> byModule = new LinkedHashMap<>();
        Map<String, Integer> exposure = new HashMap<>();
        Map<String, Integer> lookBack = new HashMap<>();
        bp.modules().forEach(m -> byModule.put(m.code(), new ArrayList<>()));
        for (SkillTaskCandidate c : request.tasks()) {
            if (c.moduleCode() == null || !byModule.containsKey(c.moduleCode()) || !c.approved()) {
                continue;
            }
            if (policy.exposureCap() > 0 && c.sessionsIssued() >= policy.exposureCap()) {
                exposure.merge(c.moduleCode(), 1, Integer::sum);
            } else if (allowed == 0 && recentUse.containsKey(c.itemId())) {
                lookBack.merge(c.moduleCode(), 1, Integer::sum);
            } else {
                byModule.get(c.moduleCode()).add(new Task(c.itemId(), c.itemCode(), c.versionId(), c.moduleCode(),
                        c.minutes(), c.sessionsIssued(), recentUse.getOrDefault(c.itemId(), 0), true, c.enemyGroup()));
            }
        }
        // Ties between equally good tasks go by the seed: same seed, same paper.
        Random random = new Random(request.seed());
        byModule.values().forEach(l -> {
            l.sort((a, b) -> a.code().compareTo(b.code()));
            Collections.shuffle(l, random);
        });
        long lookBackCount = earlier.stream().filter(EarlierPaper::inLookBack).count();
        return new SkillProblem(request, byModule, exposure, lookBack, (int) lookBackCount,
                solution(bp, byModule, earlier, allowed, size));
    }

    private static SkillSolution solution(SkillBlueprint bp, Map<String, List<Task>> byModule, List<EarlierPaper> earlier,
                                          int allowed, int size) {
        List<SkillSlot> slots = new ArrayList<>();
        long id = 0;
        for (SkillModule m : bp.modules()) {
            if (m.required()) {
                slots.add(new SkillSlot(id++, false, Set.of(m.code()), List.copyOf(byModule.get(m.code())), null));
            }
        }
        Set<String> electiveModules = new HashSet<>();
        List<Task> electiveTasks = new ArrayList<>();
        for (SkillModule m : bp.modules()) {
            if (!m.required()) {
                electiveModules.add(m.code());
                electiveTasks.addAll(byModule.get(m.code()));
            }
        }
        List<Task> shared = List.copyOf(electiveTasks);
        for (int i = 0; i < bp.chooseElective(); i++) {
            slots.add(new SkillSlot(id++, true, electiveModules, shared, null));
        }
        List<EarlierSkillPaper> papers = new ArrayList<>();
        List<TaskUse> uses = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            EarlierPaper e = earlier.get(i);
            EarlierSkillPaper p = new EarlierSkillPaper(i, e.label(), e.itemIds().size(), size,
                    e.inLookBack() ? allowed : Integer.MAX_VALUE, e.inLookBack());
            papers.add(p);
            e.itemIds().forEach(item -> uses.add(new TaskUse(item, p)));
        }
        return new SkillSolution(slots, papers, uses, new SessionTime(bp.durationMinutes()));
    }

    SkillModule module(String code) {
        return request.blueprint().modules().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
