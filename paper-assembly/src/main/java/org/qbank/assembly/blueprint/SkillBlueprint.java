package org.qbank.assembly.blueprint;

import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;

/**
 * 操作技能 blueprint: every 必考 module plus {@code chooseElective} of the 选考 modules, one task per module slot;
 * the chosen tasks' time must fit {@code durationMinutes}.
 */
public record SkillBlueprint(String name, String occupationCode, Level level, List<SkillModule> modules,
                             int chooseElective, int durationMinutes) {

    public SkillBlueprint {
        modules = List.copyOf(modules);
    }

    public List<Violation> problems() {
        List<Violation> out = new ArrayList<>();
        List<SkillModule> elective = modules.stream().filter(m -> !m.required()).toList();
        List<SkillModule> required = modules.stream().filter(SkillModule::required).toList();
        if (modules.isEmpty()) {
            out.add(new Violation("modules", "至少需要一个模块"));
        }
        if (chooseElective < 0 || chooseElective > elective.size()) {
            out.add(new Violation("chooseElective", "选考模块 " + elective.size() + " 个, 不能选 " + chooseElective + " 个"));
        }
        int worstElective = elective.stream().mapToInt(SkillModule::minutes).map(m -> -m).sorted()
                .limit(Math.max(0, chooseElective)).map(m -> -m).sum();
        int longest = required.stream().mapToInt(SkillModule::minutes).sum() + worstElective;
        if (longest > durationMinutes) {
            out.add(new Violation("durationMinutes", "必考与选考模块最长合计 " + longest + " 分钟, 超过考试时长 "
                    + durationMinutes + " 分钟"));
        }
        return out;
    }

    public void validate() {
        List<Violation> p = problems();
        if (!p.isEmpty()) {
            throw new RuleViolationException(p);
        }
    }
}
