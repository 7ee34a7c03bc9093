package org.qbank.bank.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;

/**
 * Reads the 鉴定要素细目表 sheet saved as UTF-8 CSV (header row, columns found by header text, {@code *} ignored).
 * Required columns: 职业编码, 等级, 科目, 代码, 名称; optional: 职业名称, 工种, 鉴定比重, 重要程度, 上级代码.
 * Quoted fields with doubled quotes are understood. Other encodings are the import tools' business.
 */
public final class KnowledgeRows {

    private static final List<String> REQUIRED = List.of("职业编码", "等级", "科目", "代码", "名称");

    private KnowledgeRows() {
    }

    /** All rows of the file; a missing column or an unreadable 鉴定比重 fails with every problem listed. */
    public static List<KnowledgeRow> fromCsv(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = r.readLine();
            if (headerLine == null) {
                throw RuleViolationException.of("表头", "文件为空");
            }
            Map<String, Integer> columns = header(split(headerLine.replace("\uFEFF", "")));
            List<Violation> problems = new ArrayList<>();
            for (String c : REQUIRED) {
                if (!columns.containsKey(c)) {
                    problems.add(new Violation("表头", "缺少必填列 " + c));
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            List<KnowledgeRow> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = split(line);
                BigDecimal weight = null;
                String w = cell(f, columns, "鉴定比重");
                if (w != null) {
                    try {
                        weight = new BigDecimal(w);
                    } catch (NumberFormatException e) {
                        problems.add(new Violation("第 " + lineNumber + " 行", "鉴定比重不是数字: " + w));
                    }
                }
                rows.add(new KnowledgeRow(cell(f, columns, "职业编码"), cell(f, columns, "职业名称"),
                        cell(f, columns, "工种"), cell(f, columns, "等级"), cell(f, columns, "科目"),
                        cell(f, columns, "代码"), cell(f, columns, "名称"), weight, cell(f, columns, "重要程度"),
                        cell(f, columns, "上级代码")));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).replace("*", "").strip(), i);
        }
        return columns;
    }

    private static String cell(List<String> fields, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= fields.size()) {
            return null;
        }
        String v = fields.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
