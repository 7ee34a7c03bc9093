package org.qbank.bank.plan;

import java.util.Map;

import org.qbank.bank.common.Level;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the standard comes from: {@code qbank.plan.standard.defaults.*}, overridden per occupation
 * ({@code qbank.plan.standard.overrides[6-31-01-03].min-theory-minutes=120}) or per occupation and level
 * ({@code overrides[6-31-01-03/3]...}); the most specific wins. An override lists its fields in full or takes the
 * built-in defaults for the others.
 */
@ConfigurationProperties("qbank.plan.standard")
public record ExamStandards(@DefaultValue ExamStandard defaults, Map<String, ExamStandard> overrides) {

    public ExamStandards {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    public static ExamStandards defaultsOnly() {
        return new ExamStandards(ExamStandard.defaults(), Map.of());
    }

    public ExamStandard forOccupation(String occupationCode, Level level) {
        ExamStandard byLevel = overrides.get(occupationCode + "/" + level.number());
        if (byLevel != null) {
            return byLevel;
        }
        return overrides.getOrDefault(occupationCode, defaults);
    }
}
