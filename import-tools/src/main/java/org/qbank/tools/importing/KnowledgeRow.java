package org.qbank.tools.importing;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * A node of a 鉴定要素细目表 as imported: a 鉴定范围 (carries {@code weight}) or a 鉴定点 (carries
 * {@code importance}). The parent is found from the code path: {@code A-A-A-001} → {@code A-A-A}.
 *
 * @param row      1-based row in the sheet, for messages
 * @param segments the code split on "-" (or the code itself when it has no separator)
 */
public record KnowledgeRow(int row, String occupationCode, String occupationName, String workType, Level level,
                           Subject subject, String code, List<String> segments, String name, BigDecimal weight,
                           Importance importance) {

    public KnowledgeRow {
        segments = List.copyOf(segments);
    }

    public boolean isPoint() {
        return importance != null;
    }

    /** The parent's code, or null for a top-level 鉴定范围. */
    public String parentCode() {
        int i = code.lastIndexOf('-');
        return i < 0 ? null : code.substring(0, i);
    }

    /** The tree this node belongs to: one per occupation, work type, level and subject. */
    public TreeKey tree() {
        return new TreeKey(occupationCode, workType, level, subject);
    }

    /** 重要程度 of a 鉴定点. */
    public enum Importance { X, Y, Z }

    /** Identifies one 细目表. */
    public record TreeKey(String occupationCode, String workType, Level level, Subject subject) {
    }
}
