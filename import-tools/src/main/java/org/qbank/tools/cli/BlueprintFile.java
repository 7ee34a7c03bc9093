package org.qbank.tools.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.Section;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The blueprint JSON {@code assemble} reads, in the words of the forms:
 * <pre>{"name": "电工三级理论", "occupationCode": "6-31-01-03", "workType": "", "level": "三级", "subject": "理论知识",
 *  "durationMinutes": 120, "mode": "按题型" | "按鉴定点", "depth": 2,
 *  "sections": [{"type": "判断题", "count": 40, "pointsEach": 0.5}, …],
 *  "difficultyMean": 3.0, "difficultyTolerance": 0.5, "maxEarlierOverlap": 0.30, "shuffleOptions": false}</pre>
 */
record BlueprintFile(String name, String occupationCode, String workType, String level, String subject,
                     int durationMinutes, String mode, Integer depth, List<SectionLine> sections,
                     BigDecimal difficultyMean, BigDecimal difficultyTolerance, BigDecimal maxEarlierOverlap,
                     Boolean shuffleOptions) {

    record SectionLine(String type, int count, BigDecimal pointsEach) {
    }

    static BlueprintFile read(Path file) throws IOException {
        return mapper().readValue(file.toFile(), BlueprintFile.class);
    }

    /** A blueprint file listing {@code modules} is a 操作技能 blueprint. */
    static boolean isSkill(Path file) throws IOException {
        return mapper().readTree(file.toFile()).has("modules");
    }

    static SkillBlueprintFile readSkill(Path file) throws IOException {
        return mapper().readValue(file.toFile(), SkillBlueprintFile.class);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    Blueprint toBlueprint() {
        Level lv = org.qbank.tools.normalize.Levels.parse(level).orElseThrow(() -> new UsageException("组卷方案的等级无法识别: " + level));
        Subject sj = Subject.parse(subject == null ? "理论知识" : subject)
                .orElseThrow(() -> new UsageException("组卷方案的科目无法识别: " + subject));
        if (sections == null || sections.isEmpty()) {
            throw new UsageException("组卷方案没有 sections");
        }
        List<Section> parts = sections.stream().map(s -> new Section(ItemType.parse(s.type())
                .orElseThrow(() -> new UsageException("组卷方案的题型无法识别: " + s.type())), s.count(), s.pointsEach())).toList();
        BigDecimal total = parts.stream().map(s -> s.pointsEach().multiply(BigDecimal.valueOf(s.count())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Distribution distribution = "按鉴定点".equals(mode) ? Distribution.byKnowledgePoint(depth == null ? 2 : depth)
                : Distribution.byType();
        DifficultyTarget difficulty = new DifficultyTarget(difficultyMean == null ? new BigDecimal("3.0") : difficultyMean,
                difficultyTolerance == null ? new BigDecimal("1.0") : difficultyTolerance, null);
        ExposurePolicy exposure = maxEarlierOverlap == null ? ExposurePolicy.defaults()
                : ExposurePolicy.defaults().withMaxEarlierOverlap(maxEarlierOverlap.toPlainString());
        return new Blueprint(name, occupationCode, workType == null || workType.isBlank() ? null : workType, lv, sj,
                parts, total, durationMinutes, distribution, difficulty, exposure, List.of(),
                Boolean.TRUE.equals(shuffleOptions));
    }
}
