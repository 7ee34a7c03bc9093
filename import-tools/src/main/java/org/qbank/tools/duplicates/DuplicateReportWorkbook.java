package org.qbank.tools.duplicates;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qbank.bank.search.DuplicateSweep;
import org.qbank.bank.search.SearchDocument;
import org.qbank.tools.workbook.SheetWriting;

/**
 * 题库查重 as .xlsx, for the meeting that decides what to retire: sheet 相近试题组 lists each group's items with
 * their stems and keys (one row an item, the group's number repeated), sheet 试题对 every pair with its similarity,
 * reason and mark, and sheet 说明 the scope and counts.
 */
public final class DuplicateReportWorkbook {

    static final List<String> SHEETS = List.of("相近试题组", "试题对", "说明");

    /** {@code items}: the items' current content by id, for stems and keys (an item missing there gets its code only). */
    public void write(String institutionName, DuplicateSweep.Result result, Map<Long, SearchDocument> items,
                      OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            List<DuplicateSweep.Group> groups = result.groups();
            Sheet g = wb.createSheet(SHEETS.get(0));
            SheetWriting.row(g, 0, "组", "类型", "本组试题数", "试题编码", "题干", "答案", "最相近一对的相似度", "原因");
            int n = 1;
            for (int k = 0; k < groups.size(); k++) {
                DuplicateSweep.Group group = groups.get(k);
                for (long id : group.items()) {
                    SearchDocument d = items.get(id);
                    SheetWriting.row(g, n++, k + 1, group.kind().displayName(), group.items().size(), group.codeOf(id),
                            d == null ? null : d.stem(), d == null ? null : d.key(), group.closest().score(),
                            group.closest().reason());
                }
            }
            Sheet p = wb.createSheet(SHEETS.get(1));
            SheetWriting.row(p, 0, "组", "类型", "试题编码", "相近试题编码", "相似度", "原因", "标记");
            n = 1;
            for (int k = 0; k < groups.size(); k++) {
                for (DuplicateSweep.Pair pair : groups.get(k).pairs()) {
                    SheetWriting.row(p, n++, k + 1, pair.kind().displayName(), pair.codeA(), pair.codeB(), pair.score(),
                            pair.reason(), pair.mark() == null ? null : pair.mark().displayName());
                }
            }
            Sheet s = wb.createSheet(SHEETS.get(2));
            DuplicateSweep.Scope scope = result.scope();
            SheetWriting.row(s, 0, "项目", "值");
            SheetWriting.row(s, 1, "机构", institutionName);
            SheetWriting.row(s, 2, "职业", scope.occupationCode() == null ? "全部职业" : scope.occupationCode());
            SheetWriting.row(s, 3, "等级", scope.level() == null ? "全部等级" : scope.level().displayName());
            SheetWriting.row(s, 4, "检查试题数", result.items());
            SheetWriting.row(s, 5, "相近试题对", result.pairs().size());
            SheetWriting.row(s, 6, "相近试题组", groups.size());
            SheetWriting.row(s, 7, "说明", "标为“不是重复题”的试题对不列出; 标记列为“互斥”的试题对不会出现在同一份试卷中。");
            wb.write(out);
            wb.dispose();
        }
    }
}
