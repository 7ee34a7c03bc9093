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
import java.util.TreeSet;

import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.EarlierPaper;

/**
 * The solver input of one skill paper, built once: usable tasks per module (approved, under the exposure cap,
 * outside the look-back papers when the overlap limit allows no shared task, and outside the batch form's papers
 * solved before when the batch limit allows none), with what each filter removed so that a shortfall can say why.
 */
record SkillProblem(SkillRequest request, Map<String, List<Task>> tasksByModule, Map<String, Integer> excludedByExposure,
                    Map<String, Integer> excludedByLookBack, int lookBackPapers, Map<String, Integer> excludedByBatch,
                    SkillSolution solution) {

    static SkillProblem build(SkillRequest request) {
        SkillBlueprint bp = request.blueprint();
        ExposurePolicy policy = bp.exposure();
        int size = bp.taskCount();
        int allowed = policy.allowedWithEarlier(size);
        int allowedInBatch = policy.allowedWithinBatch(size);
        List<EarlierPaper> earlier = request.earlierPapers();
        Map<Long, Integer> recentUse = new HashMap<>();
        earlier.stream().filter(EarlierPaper::inLookBack)
                .forEach(p -> p.itemIds().forEach(id -> recentUse.merge(id, 1, Integer::sum)));
        Map<Long, Integer> batchUse = new HashMap<>();
        request.batchPapers().forEach(p -> p.forEach(id -> batchUse.merge(id, 1, Integer::sum)));
        Map<String, List<String>> extraGroups = extraGroups(request.enemyGroups());
        Map<String, List<Task>> byModule = new LinkedHashMap<>();
        Map<String, Integer> exposure = new HashMap<>();
        Map<String, Integer> lookBack = new HashMap<>();
        Map<String, Integer> batch = new HashMap<>();
        bp.modules().forEach(m -> byModule.put(m.code(), new ArrayList<>()));
        for (SkillTaskCandidate c : request.tasks()) {
            if (c.moduleCode() == null || !byModule.containsKey(c.moduleCode()) || !c.approved()) {
                continue;
            }
            if (policy.exposureCap() > 0 && c.sessionsIssued() >= policy.exposureCap()) {
                exposure.merge(c.moduleCode(), 1, Integer::sum);
            } else if (allowed == 0 && recentUse.containsKey(c.itemId())) {
                lookBack.merge(c.moduleCode(), 1, Integer::sum);
            } else if (allowedInBatch == 0 && batchUse.containsKey(c.itemId())) {
                batch.merge(c.moduleCode(), 1, Integer::sum);
            } else {
                List<String> groups = new ArrayList<>();
                groups.add(c.enemyGroup());
                groups.addAll(extraGroups.getOrDefault(c.itemCode(), List.of()));
                byModule.get(c.moduleCode()).add(new Task(c.itemId(), c.itemCode(), c.versionId(), c.moduleCode(),
                        c.minutes(), c.sessionsIssued(),
                        recentUse.getOrDefault(c.itemId(), 0) + batchUse.getOrDefault(c.itemId(), 0), true, groups));
            }
        }
        // Ties between equally good tasks go by the seed: same seed, same paper.
        Random random = new Random(request.seed());
        byModule.values().forEach(l -> {
            l.sort((a, b) -> a.code().compareTo(b.code()));
            Collections.shuffle(l, random);
        });
        long lookBackCount = earlier.stream().filter(EarlierPaper::inLookBack).count();
        return new SkillProblem(request, byModule, exposure, lookBack, (int) lookBackCount, batch,
                solution(bp, byModule, earlier, request.batchPapers(), allowed, allowedInBatch, size));
    }

    /** Task code → the extra 互斥组 it lies in, each named by its codes (as a shortfall prints it). */
    private static Map<String, List<String>> extraGroups(List<Set<String>> groups) {
        Map<String, List<String>> out = new HashMap<>();
        for (Set<String> g : groups) {
            String name = "标记互斥题 " + String.join("、", new TreeSet<>(g));
            g.forEach(code -> out.computeIfAbsent(code, k -> new ArrayList<>()).add(name));
        }
        return out;
    }

    private static SkillSolution solution(SkillBlueprint bp, Map<String, List<Task>> byModule, List<EarlierPaper> earlier,
                                          List<Set<Long>> batchPapers, int allowed, int allowedInBatch, int size) {
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
        for (int i = 0; i < batchPapers.size(); i++) {
            EarlierSkillPaper p = new EarlierSkillPaper(earlier.size() + i, "同批第 " + (i + 1) + " 套",
                    batchPapers.get(i).size(), size, allowedInBatch, true);
            papers.add(p);
            batchPapers.get(i).forEach(item -> uses.add(new TaskUse(item, p)));
        }
        return new SkillSolution(slots, papers, uses, new SessionTime(bp.durationMinutes()));
    }

    SkillModule module(String code) {
        return request.blueprint().modules().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
