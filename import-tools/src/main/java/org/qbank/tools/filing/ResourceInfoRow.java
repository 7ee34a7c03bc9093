package org.qbank.tools.filing;

import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * One row of 职业技能等级认定试题资源基本信息 (seeds/002 附件2 §六): one occupation / work type.
 *
 * @param workType   工种/职业方向, null or blank when the occupation has none
 * @param levels     级别, any order (written 5、4、3)
 * @param quantities 科目 with their 题量; written only for self-built resources (note 7)
 */
public record ResourceInfoRow(String occupationName, String occupationCode, String workType, List<Level> levels,
                              Source source, Kind kind, List<Quantity> quantities) {

    public ResourceInfoRow {
        levels = List.copyOf(levels);
        quantities = List.copyOf(quantities);
    }

    /** 试题资源来源. */
    public enum Source {
        CITY_BANK("市级题库"), SELF_BUILT("自建试题资源");

        private final String displayName;

        Source(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** 试题资源类型: a 题库 counts items (题), a 卷库 counts papers (套). */
    public enum Kind {
        ITEM_BANK("题库"), PAPER_BANK("卷库");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** A subject's count and unit (题 or 套). */
    public record Quantity(Subject subject, long count, String unit) {
    }
}
