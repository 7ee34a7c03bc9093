package org.qbank.assembly.blueprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a 鉴定要素细目表 laid out as the workbook sheet of DOMAIN §7 saved as CSV (header
 * 职业编码,职业名称,工种,等级,科目,代码,名称,鉴定比重,重要程度). Rows with 重要程度 are 鉴定点, the others
 * 鉴定范围. Plain comma split: the published tables carry no quoted commas.
 */
public final class TreeCsv {

    private TreeCsv() {
    }

    public static BlueprintTree read(Path csv) {
        try {
            return parse(Files.readAllLines(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取细目表 " + csv, e);
        }
    }

    public static BlueprintTree parse(List<String> lines) {
        List<String> header = Arrays.asList(strip(lines.get(0)).split(",", -1));
        int code = column(header, "代码");
        int name = column(header, "名称");
        int weight = column(header, "鉴定比重");
        int importance = column(header, "重要程度");
        List<TreeNode> nodes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",", -1);
            String imp = f.length > importance ? f[importance].strip() : "";
            if (!imp.isEmpty()) {
                nodes.add(TreeNode.point(f[code].strip(), f[name].strip(), Importance.valueOf(imp)));
            } else {
                String w = f[weight].strip();
                nodes.add(TreeNode.range(f[code].strip(), f[name].strip(), w.isEmpty() ? null : new BigDecimal(w)));
            }
        }
        return new BlueprintTree(nodes);
    }

    private static String strip(String headerLine) {
        return headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("细目表缺少列: " + name);
        }
        return i;
    }
}
