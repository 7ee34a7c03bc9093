package org.qbank.tools.importing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** 状态 on import: 已审定 needs 3–5 审定专家 and a 审定日期; anything else becomes 草稿. */
final class StatusRules {

    static final String APPROVED = "已审定";
    static final String DRAFT = "草稿";
    private static final List<String> QUIET_DRAFT = List.of("", DRAFT);

    /** The status to store and, for 已审定, the review done on paper. */
    record Status(String label, ImportedReview review) {
    }

    private StatusRules() {
    }

    static Status read(RowReader r, Column status, Column experts, Column date) {
        String s = r.text(status);
        if (!s.equals(APPROVED)) {
            if (!QUIET_DRAFT.contains(s)) {
                r.warning(status, s, "只有「已审定」会被保留，其他状态一律按草稿导入");
            }
            return new Status(DRAFT, null);
        }
        String names = r.text(experts);
        List<String> list = names.isEmpty() ? List.of()
                : Arrays.stream(names.split("[、,，;；\\s]+")).filter(n -> !n.isBlank()).distinct().toList();
        LocalDate when = r.date(date);
        boolean ok = true;
        if (list.size() < 3 || list.size() > 5) {
            r.error(experts, names, "已审定的试题须写明 3 至 5 名审定专家（用、或 , 分隔），现有 " + list.size() + " 名");
            ok = false;
        }
        if (when == null && r.text(date).isEmpty() && !r.raw(date).isTemporal()) {
            r.error(date, "", "已审定的试题须写明审定日期");
            ok = false;
        }
        return ok && when != null ? new Status(APPROVED, new ImportedReview(list, when)) : new Status(APPROVED, null);
    }
}
