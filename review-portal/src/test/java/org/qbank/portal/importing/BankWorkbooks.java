package org.qbank.portal.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small bank workbooks (DOMAIN §7 layout) for upload tests: a 细目表 and a few 单选题 of one occupation. */
public final class BankWorkbooks {

    private BankWorkbooks() {
    }

    /** 细目表 A › A-A › A-A-001/A-A-002 and the given 试题 rows ({code, point, stem, A, B, C, D, key}). */
    public static byte[] workbook(String occupationCode, String[]... items) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet tree = wb.createSheet("鉴定要素细目表");
            row(tree, 0, "职业编码", "职业名称", "工种", "等级", "科目", "代码", "名称", "鉴定比重", "重要程度");
            row(tree, 1, occupationCode, "测试职业", "", "三级", "理论知识", "A", "基本要求", "100", "");
            row(tree, 2, occupationCode, "测试职业", "", "三级", "理论知识", "A-A", "安全用电", "100", "");
            row(tree, 3, occupationCode, "测试职业", "", "三级", "理论知识", "A-A-001", "安全电压", "", "X");
            row(tree, 4, occupationCode, "测试职业", "", "三级", "理论知识", "A-A-002", "接地保护", "", "Y");
            Sheet theory = wb.createSheet("试题");
            row(theory, 0, "试题编码", "职业编码", "工种", "等级", "题型", "鉴定点代码", "题干", "选项A", "选项B", "选项C", "选项D", "答案");
            for (int i = 0; i < items.length; i++) {
                String[] it = items[i];
                row(theory, i + 1, it[0], occupationCode, "", "三级", "单选题", it[1], it[2], it[3], it[4], it[5], it[6], it[7]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    public static String[] item(String code, String point, String stem, String key) {
        return new String[]{code, point, stem, "36 V", "220 V", "380 V", "110 V", key};
    }

    private static void row(Sheet sheet, int n, String... values) {
        Row row = sheet.createRow(n);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
