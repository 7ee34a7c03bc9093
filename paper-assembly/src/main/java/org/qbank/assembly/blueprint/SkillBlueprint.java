package org.qbank.assembly.blueprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;

/**
 * 操作技能 blueprint: every 必考 module plus {@code chooseElective} of the 选考 modules, one task per module slot;
 * the chosen tasks' time must fit {@code durationMinutes}. Module codes are 鉴定范围 codes of the skill 细目表 (the
 * modules of the 技能要求权重表): a task belongs to the module its 鉴定点 lies under.
 *
 * @param workType null or blank for an occupation without 工种
 * @param exposure   freshness rules as for theory papers (overlap with earlier skill papers, look-back, exposure
 *                   cap, least used first); the defaults when null
 * @param totalScore the paper's total (配分 of all its tasks, shared by the 技能要求权重表, see
 *                   {@link SkillWeights}); 100 when null
 */
public record SkillBlueprint(String name, String occupationCode, String workType, Level level,
                             List<SkillModule> modules, int chooseElective, int durationMinutes,
                             ExposurePolicy exposure, Integer totalScore) {

    /** Every part of an assessment is scored out of 100 (DOMAIN §4). */
    public static final int DEFAULT_TOTAL_SCORE = 100;

    public SkillBlueprint {
        modules = modules == null ? List.of() : List.copyOf(modules);
        workType = workType == null || workType.isBlank() ? null : workType.strip();
        exposure = exposure == null ? ExposurePolicy.defaults() : exposure;
        totalScore = totalScore == null ? DEFAULT_TOTAL_SCORE : totalScore;
    }

    /** Scored out of 100. */
    public SkillBlueprint(String name, String occupationCode, String workType, Level level, List<SkillModule> modules,
                          int chooseElective, int durationMinutes, ExposurePolicy exposure) {
        this(name, occupationCode, workType, level, modules, chooseElective, durationMinutes, exposure, null);
    }

    /** Without 工种, with the default exposure policy. */
    public SkillBlueprint(String name, String occupationCode, Level level, List<SkillModule> modules,
                          int chooseElective, int durationMinutes) {
        this(name, occupationCode, null, level, modules, chooseElective, durationMinutes, null, null);
    }

    /** The same blueprint with the tasks' time bounded by {@code minutes} (a session shorter than the blueprint). */
    public SkillBlueprint withDurationAtMost(int minutes) {
        return new SkillBlueprint(name, occupationCode, workType, level, modules, chooseElective,
                Math.min(durationMinutes, minutes), exposure, totalScore);
    }

    /** Tasks on one paper: one per 必考 module and {@link #chooseElective} more. */
    public int taskCount() {
        return (int) modules.stream().filter(SkillModule::required).count() + chooseElective;
    }

    public List<Violation> problems() {
        List<Violation> out = new ArrayList<>();
        List<SkillModule> elective = modules.stream().filter(m -> !m.required()).toList();
        List<SkillModule> required = modules.stream().filter(SkillModule::required).toList();
        if (occupationCode == null || occupationCode.isBlank()) {
            out.add(new Violation("occupationCode", "缺少职业编码"));
        }
        if (level == null) {
            out.add(new Violation("level", "缺少等级"));
        }
        if (totalScore <= 0) {
            out.add(new Violation("totalScore", "总分须大于 0, 现为 " + totalScore));
        }
        if (modules.isEmpty()) {
            out.add(new Violation("modules", "至少需要一个模块"));
        }
        if (chooseElective < 0 || chooseElective > elective.size()) {
            out.add(new Violation("chooseElective", "选考模块 " + elective.size() + " 个, 不能选 " + chooseElective + " 个"));
        }
        for (int i = 0; i < modules.size(); i++) {
            SkillModule m = modules.get(i);
            if (m.code() == null || m.code().isBlank()) {
                out.add(new Violation("modules[" + i + "].code", "模块缺少鉴定范围代码"));
            } else if (modules.stream().filter(o -> m.code().equals(o.code())).count() > 1) {
                out.add(new Violation("modules[" + i + "].code", "模块 " + m.code() + " 重复出现"));
            }
            if (m.minutes() <= 0) {
                out.add(new Violation("modules[" + i + "].minutes", "模块 " + (m.code() == null ? i + 1 : m.code())
                        + " 的考核时间须大于 0 分钟, 现为 " + m.minutes()));
            }
        }
        if (durationMinutes <= 0) {
            out.add(new Violation("durationMinutes", "考试时长须大于 0 分钟, 现为 " + durationMinutes));
        }
        BigDecimal overlap = exposure.maxEarlierOverlap();
        if (overlap == null || overlap.signum() < 0 || overlap.compareTo(BigDecimal.ONE) > 0) {
            out.add(new Violation("exposure.maxEarlierOverlap", "与往期试卷重复上限须在 0 到 1 之间 (如 0.30 即 30%), 现为 "
                    + (overlap == null ? "空" : overlap.toPlainString())));
        }
        if (exposure.lookBackMonths() < 0) {
            out.add(new Violation("exposure.lookBackMonths", "回溯月数不能为负, 现为 " + exposure.lookBackMonths()));
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

    /**
     * {@link #problems()} and, against the occupation's skill 细目表, that every module is a 鉴定范围 of it and that
     * its 鉴定比重 give the paper its 配分 ({@link SkillWeights#problems()}); a missing tree ({@code null}) is a
     * problem itself. The name is not checked here (the service does, with its uniqueness).
     */
    public List<Violation> problems(BlueprintTree tree) {
        List<Violation> out = new ArrayList<>(problems());
        if (tree == null) {
            out.add(new Violation("modules", "本机构没有该职业等级的操作技能鉴定要素细目表"));
            return out;
        }
        boolean unknown = false;
        for (int i = 0; i < modules.size(); i++) {
            String code = modules.get(i).code();
            if (code != null && !code.isBlank() && tree.node(code).filter(n -> !n.isPoint()).isEmpty()) {
                out.add(new Violation("modules[" + i + "].code", "细目表中没有鉴定范围 " + code));
                unknown = true;
            }
        }
        if (!unknown) {
            out.addAll(SkillWeights.of(this, tree).problems());
        }
        return out;
    }
}
