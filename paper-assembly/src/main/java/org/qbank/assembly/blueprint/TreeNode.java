package org.qbank.assembly.blueprint;

import java.math.BigDecimal;

/**
 * One row of a 鉴定要素细目表: a 鉴定范围 (with a 鉴定比重) or a 鉴定点 (with a 重要程度).
 *
 * @param code       display code, e.g. {@code A-B-C} or {@code A-B-C-001}
 * @param parentCode code of the parent node, null for a top-level 鉴定范围
 * @param weight     鉴定比重 of a 鉴定范围, null on 鉴定点
 * @param importance 重要程度 of a 鉴定点, null on 鉴定范围
 */
public record TreeNode(String code, String name, String parentCode, BigDecimal weight, Importance importance) {

    public TreeNode {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("细目表节点缺少代码");
        }
    }

    public boolean isPoint() {
        return importance != null;
    }

    /** Parent from the code path: {@code A-B-C-001} → {@code A-B-C}; null at the top. */
    public static String parentOf(String code) {
        int dash = code.lastIndexOf('-');
        return dash < 0 ? null : code.substring(0, dash);
    }

    public static TreeNode range(String code, String name, BigDecimal weight) {
        return new TreeNode(code, name, parentOf(code), weight, null);
    }

    public static TreeNode point(String code, String name, Importance importance) {
        return new TreeNode(code, name, parentOf(code), null, importance);
    }
}
