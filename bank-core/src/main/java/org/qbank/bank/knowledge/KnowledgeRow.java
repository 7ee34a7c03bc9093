package org.qbank.bank.knowledge;

import java.math.BigDecimal;

/**
 * One row of the 鉴定要素细目表 sheet (DOMAIN §7), as text the way the workbook holds it: a row is a node. Rows with
 * 重要程度 are 鉴定点, rows with 鉴定比重 are 鉴定范围. {@code parentCode} is optional: it names the parent of a
 * digit-group code explicitly instead of deriving it from the code's prefix.
 */
public record KnowledgeRow(String occupationCode, String occupationName, String workType, String level,
                           String subject, String code, String name, BigDecimal weight, String importance,
                           String parentCode) {

    public KnowledgeRow(String occupationCode, String occupationName, String workType, String level, String subject,
                        String code, String name, BigDecimal weight, String importance) {
        this(occupationCode, occupationName, workType, level, subject, code, name, weight, importance, null);
    }
}
