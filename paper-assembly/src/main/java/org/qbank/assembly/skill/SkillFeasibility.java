package org.qbank.assembly.skill;

import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.Shortfall;

/**
 * Counting checks of a skill paper before solving: a usable task in every 必考 module, k 选考 modules that have
 * one, and a shortest combination that fits the session. Each failure is a proof with the exact shortfall;
 * passing does not prove feasibility (overlap with earlier papers needs the solver).
 */
public final class SkillFeasibility {

    private SkillFeasibility() {
    }

    static List<Shortfall> shortfalls(SkillProblem problem) {
        SkillBlueprint bp = problem.request().blueprint();
        List<Shortfall> out = new ArrayList<>();
        int minutes = 0;
        List<Integer> electiveMinimum = new ArrayList<>();
        List<String> emptyElectives = new ArrayList<>();
        for (SkillModule m : bp.modules()) {
            List<Task> tasks = problem.tasksByModule().get(m.code());
            int shortest = tasks.stream().mapToInt(Task::minutes).min().orElse(-1);
            if (m.required()) {
                if (tasks.isEmpty()) {
                    out.add(new Shortfall(label(m), 1, 0, "必考模块 " + label(m) + " 需要 1 道操作技能试题; "
                            + "可用的已审定试题只有 0 道" + why(problem, m)));
                } else {
                    minutes += shortest;
                }
            } else if (tasks.isEmpty()) {
                emptyElectives.add(label(m) + why(problem, m));
            } else {
                electiveMinimum.add(shortest);
            }
        }
        if (electiveMinimum.size() < bp.chooseElective()) {
            out.add(new Shortfall("选考模块", bp.chooseElective(), electiveMinimum.size(), "选考模块需选 "
                    + bp.chooseElective() + " 个, 有可用已审定试题的只有 " + electiveMinimum.size() + " 个 (没有试题: "
                    + String.join("; ", emptyElectives) + ")"));
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

    private static String label(SkillModule m) {
        return m.code() + (m.name() == null ? "" : " " + m.name());
    }

    private static String why(SkillProblem problem, SkillModule m) {
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
        return why.toString();
    }
}
