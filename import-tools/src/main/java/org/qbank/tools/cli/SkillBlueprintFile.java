package org.qbank.tools.cli;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.bank.common.Level;

/**
 * The skill blueprint JSON {@code assemble} reads (a blueprint file with {@code modules} is a skill blueprint):
 * <pre>{"name": "电工三级操作技能", "occupationCode": "6-31-01-03", "workType": "", "level": "三级",
 *  "durationMinutes": 180, "chooseElective": 1,
 *  "modules": [{"code": "A", "name": "继电控制电路装调维修", "type": "必考", "minutes": 120},
 *              {"code": "B", "name": "电气设备检修", "type": "选考", "minutes": 60}, …],
 *  "maxEarlierOverlap": 0.5, "totalScore": 100}</pre>
 * Module codes are 鉴定范围 codes of the 操作技能 细目表; their 鉴定比重 there share {@code totalScore} (100 when
 * left out) among the drawn tasks.
 */
record SkillBlueprintFile(String name, String occupationCode, String workType, String level, int durationMinutes,
                          Integer chooseElective, List<ModuleLine> modules, BigDecimal maxEarlierOverlap,
                          Integer totalScore) {

    /** {@code type} is 必考 or 选考. */
    record ModuleLine(String code, String name, String type, int minutes) {
    }

    SkillBlueprint toBlueprint() {
        Level lv = org.qbank.tools.normalize.Levels.parse(level).orElseThrow(() -> new UsageException("组卷方案的等级无法识别: " + level));
        if (modules == null || modules.isEmpty()) {
            throw new UsageException("操作技能组卷方案没有 modules");
        }
        List<SkillModule> parts = modules.stream().map(m -> {
            if (!"必考".equals(m.type()) && !"选考".equals(m.type())) {
                throw new UsageException("模块 " + m.code() + " 的 type 应为 必考 或 选考: " + m.type());
            }
            return new SkillModule(m.code(), m.name(), "必考".equals(m.type()), m.minutes());
        }).toList();
        ExposurePolicy exposure = maxEarlierOverlap == null ? ExposurePolicy.defaults()
                : ExposurePolicy.defaults().withMaxEarlierOverlap(maxEarlierOverlap.toPlainString());
        SkillBlueprint b = new SkillBlueprint(name, occupationCode, workType, lv, parts,
                chooseElective == null ? 0 : chooseElective, durationMinutes, exposure, totalScore);
        b.validate();
        return b;
    }
}
