package org.qbank.bank.knowledge;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the quality warnings on a 细目表 (DOMAIN §2; practice, not national numbers, hence configurable
 * under {@code qbank.knowledge.quality.*}). Shares are fractions of the number of 鉴定点. {@code pointsPerWeight}
 * and {@code minTheoryPoints} apply to 理论知识 trees only.
 */
@ConfigurationProperties("qbank.knowledge.quality")
public record KnowledgeQualityRules(
        @DefaultValue("0.80") BigDecimal minXShare,
        @DefaultValue("0.15") BigDecimal maxYShare,
        @DefaultValue("0.05") BigDecimal maxZShare,
        @DefaultValue("2") BigDecimal pointsPerWeight,
        @DefaultValue("200") int minTheoryPoints) {

    public static KnowledgeQualityRules defaults() {
        return new KnowledgeQualityRules(new BigDecimal("0.80"), new BigDecimal("0.15"), new BigDecimal("0.05"),
                new BigDecimal("2"), 200);
    }
}
