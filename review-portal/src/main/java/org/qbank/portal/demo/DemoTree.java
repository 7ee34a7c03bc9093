package org.qbank.portal.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.knowledge.KnowledgeRow;

/**
 * An original, deliberately small 鉴定要素细目表 for the demo: 电工 三级/高级工 理论知识, 17 鉴定点. Written for qbank;
 * it follows the usual shape of such tables (基本要求 / 相关知识) but copies no published table.
 */
final class DemoTree {

    static final String OCCUPATION_CODE = "6-31-01-03";
    static final String OCCUPATION_NAME = "电工";
    static final String LEVEL = "三级";
    static final String SUBJECT = "理论知识";

    private static final String[][] NODES = {
            {"A", "基本要求", "20", null},
            {"A-A", "职业道德", "5", null},
            {"A-A-001", "职业道德基本知识", null, "X"},
            {"A-A-002", "电工职业守则", null, "X"},
            {"A-B", "基础知识", "15", null},
            {"A-B-001", "直流电路基本定律", null, "X"},
            {"A-B-002", "交流电路与电功率", null, "X"},
            {"A-B-003", "安全用电与触电急救", null, "X"},
            {"A-B-004", "常用电工仪表", null, "Y"},
            {"B", "相关知识", "80", null},
            {"B-A", "电气控制线路", "30", null},
            {"B-A-001", "三相异步电动机的运行", null, "X"},
            {"B-A-002", "降压启动控制", null, "X"},
            {"B-A-003", "制动与调速控制", null, "X"},
            {"B-A-004", "可编程控制器基础", null, "X"},
            {"B-B", "电气设备维修", "25", null},
            {"B-B-001", "变压器原理与维护", null, "X"},
            {"B-B-002", "电动机故障检修", null, "X"},
            {"B-B-003", "低压电器检修", null, "X"},
            {"B-C", "照明与配电", "25", null},
            {"B-C-001", "照明线路安装", null, "X"},
            {"B-C-002", "低压配电装置", null, "X"},
            {"B-C-003", "接地与防雷", null, "Y"},
            {"B-C-004", "电能计量", null, "Z"},
    };

    private DemoTree() {
    }

    static List<KnowledgeRow> rows() {
        List<KnowledgeRow> rows = new ArrayList<>();
        for (String[] n : NODES) {
            rows.add(new KnowledgeRow(OCCUPATION_CODE, OCCUPATION_NAME, null, LEVEL, SUBJECT, n[0], n[1],
                    n[2] == null ? null : new BigDecimal(n[2]), n[3]));
        }
        return rows;
    }
}
