package org.qbank.assembly.skill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.Shortfall;

/**
 * Counting checks of a skill paper before solving: a usable task in every 必考 module, k 选考 modules that have
 * one, and a shortest combination that fits the session — after the 互斥组 have taken what they must. Each failure
 * is a proof with the exact shortfall; passing does not prove feasibility (overlap with earlier papers needs the
 * solver).
 */
public final class SkillFeasibility {

    private SkillFeasibility() {
    }

    static List<Shortfall> shortfalls(SkillProblem problem) {
        SkillBlueprint bp = problem.request().blueprint();
        Enemies enemies = Enemies.settle(bp, problem.tasksByModule());
        List<Shortfall> out = new ArrayList<>();
        int minutes = 0;
        List<String> emptyElectives = new ArrayList<>();
        List<SkillModule> electives = new ArrayList<>();
        for (SkillModule m : bp.modules()) {
            List<Task> tasks = enemies.usable().get(m.code());
            if (m.required()) {
                if (tasks.isEmpty()) {
                    out.add(new Shortfall(label(m), 1, 0, "必考模块 " + label(m) + " 需要 1 道操作技能试题; "
                            + "可用的已审定试题只有 0 道" + why(problem, enemies, m)));
                } else {
                    minutes += shortest(tasks);
                }
            } else if (tasks.isEmpty()) {
                emptyElectives.add(label(m) + why(problem, enemies, m));
            } else {
                electives.add(m);
            }
        }
        // 选考 modules whose every usable task lies in one 互斥组 can give the paper only one task between them.
        Map<String, List<SkillModule>> byGroup = new LinkedHashMap<>();
        List<Integer> electiveMinimum = new ArrayList<>();
        for (SkillModule m : electives) {
            String group = onlyGroup(enemies.usable().get(m.code()));
            if (group == null) {
                electiveMinimum.add(shortest(enemies.usable().get(m.code())));
            } else {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
            }
        }
        byGroup.values().forEach(ms -> electiveMinimum.add(ms.stream()
                .mapToInt(m -> shortest(enemies.usable().get(m.code()))).min().orElseThrow()));
        if (electives.size() < bp.chooseElective()) {
            out.add(new Shortfall("选考模块", bp.chooseElective(), electives.size(), "选考模块需选 "
                    + bp.chooseElective() + " 个, 有可用已审定试题的只有 " + electives.size() + " 个 (没有试题: "
                    + String.join("; ", emptyElectives) + ")"));
        } else if (electiveMinimum.size() < bp.chooseElective()) {
            List<String> shared = new ArrayList<>();
            byGroup.forEach((group, ms) -> {
                if (ms.size() > 1) {
                    shared.add(String.join("、", ms.stream().map(SkillFeasibility::label).toList())
                            + " 的可用试题都属于互斥组 " + group);
                }
            });
            out.add(new Shortfall("选考模块", bp.chooseElective(), electiveMinimum.size(), "选考模块需选 "
                    + bp.chooseElective() + " 个, 互斥题不同卷允许的只有 " + electiveMinimum.size() + " 个 ("
                    + String.join("; ", shared) + ", 同一试卷只能有其中一道)"));
        }
        if (out.isEmpty()) {
            minutes += electiveMinimum.stream().sorted().limit(bp.chooseElective()).mapToInt(Integer::intValue).sum();
            if (minutes > bp.durationMinutes()) {
                out.add(new Shortfall("考核时间", bp.durationMinutes(), minutes, "可用试题中最短的组合也需 " + minutes
                        + " 分钟, 超过考试时长 " + bp.durationMinutes() + " 分钟"));
            }
        }
        return out;
    }

    /**
     * The tasks left usable once the 互斥组 have taken their place: a 必考 module whose usable tasks all lie in a
     * group (its own 互斥组 or a pair marked 互斥题) puts a task of that group on every paper, so the group's tasks
     * leave every other module; repeated until nothing changes. Each step drops only tasks no valid paper can hold.
     */
    private record Enemies(Map<String, List<Task>> usable, Map<String, String> claimedBy,
                           Map<String, Map<String, Integer>> dropped) {

        static Enemies settle(SkillBlueprint bp, Map<String, List<Task>> tasksByModule) {
            Map<String, List<Task>> usable = new LinkedHashMap<>();
            tasksByModule.forEach((m, tasks) -> usable.put(m, new ArrayList<>(tasks)));
            Map<String, String> claimedBy = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> dropped = new HashMap<>();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (SkillModule m : bp.modules()) {
                    if (!m.required()) {
                        continue;
                    }
                    for (String group : commonGroups(usable.get(m.code()))) {
                        if (!claimedBy.containsKey(group)) {
                            claimedBy.put(group, m.code());
                            changed = true;
                        }
                    }
                }
                for (Map.Entry<String, List<Task>> e : usable.entrySet()) {
                    String module = e.getKey();
                    e.getValue().removeIf(t -> {
                        String group = t.enemyGroups().stream()
                                .filter(g -> claimedBy.containsKey(g) && !claimedBy.get(g).equals(module))
                                .findFirst().orElse(null);
                        if (group == null) {
                            return false;
                        }
                        // by group name, so a shortfall reads the same whatever order the seed gave the tasks
                        dropped.computeIfAbsent(module, k -> new TreeMap<>()).merge(group, 1, Integer::sum);
                        return true;
                    });
                }
            }
            return new Enemies(usable, claimedBy, dropped);
        }
    }

    /** A 互斥组 all the tasks lie in (the first of {@link #commonGroups}); null when there is none. */
    private static String onlyGroup(List<Task> tasks) {
        List<String> common = commonGroups(tasks);
        return common.isEmpty() ? null : common.get(0);
    }

    /** The 互斥组 every one of the tasks lies in (a task may lie in several: its own and marked pairs). */
    private static List<String> commonGroups(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        return tasks.get(0).enemyGroups().stream()
                .filter(g -> tasks.stream().allMatch(t -> t.enemyGroups().contains(g))).toList();
    }

    private static int shortest(List<Task> tasks) {
        return tasks.stream().mapToInt(Task::minutes).min().orElseThrow();
    }

    private static String label(SkillModule m) {
        return m.code() + (m.name() == null ? "" : " " + m.name());
    }

    private static String why(SkillProblem problem, Enemies enemies, SkillModule m) {
        StringBuilder why = new StringBuilder();
        int lookBack = problem.excludedByLookBack().getOrDefault(m.code(), 0);
        int exposure = problem.excludedByExposure().getOrDefault(m.code(), 0);
        if (lookBack > 0) {
            why.append(", 另有 ").append(lookBack).append(" 道出现在近期 ").append(problem.lookBackPapers())
                    .append(" 套往期试卷中");
        }
        if (exposure > 0) {
            why.append(", 另有 ").append(exposure).append(" 道已达曝光上限");
        }
        int batch = problem.excludedByBatch().getOrDefault(m.code(), 0);
        if (batch > 0) {
            why.append(", 另有 ").append(batch).append(" 道已用在同批先组成的 ")
                    .append(problem.request().batchPapers().size()).append(" 套试卷中");
        }
        enemies.dropped().getOrDefault(m.code(), Map.of()).forEach((group, n) -> why.append(", 另有 ").append(n)
                .append(" 道与必考模块 ").append(label(problem.module(enemies.claimedBy().get(group))))
                .append(" 的可用试题同属互斥组 ").append(group).append(" (互斥题不同卷)"));
        return why.toString();
    }
}
