package org.qbank.tools.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.qbank.tools.workbook.CsvRowSource;
import org.qbank.tools.workbook.InputLimits;
import org.qbank.tools.workbook.SheetRow;

/**
 * A realistic bank workbook: the real 电工 三级 理论知识 细目表 (xmb-dg-3.csv), several hundred real CMMLU
 * four-option questions attached to its 鉴定点 in turn, a few 判断题, and two 电工 skill tasks with rubrics and
 * preparation lists written for these tests. CMMLU rows whose options repeat or whose stem repeats are left out,
 * since the importer rightly rejects those.
 */
public final class RealBank {

    public static final String OCCUPATION = "6-31-01-03";
    public static final String[] KNOWLEDGE_HEADER = {"职业编码*", "职业名称", "工种", "等级*", "科目*", "代码*", "名称*", "鉴定比重", "重要程度"};
    public static final String[] THEORY_HEADER = {"试题编码", "职业编码*", "工种", "等级*", "题型*", "鉴定点代码*", "题干*",
            "选项A", "选项B", "选项C", "选项D", "答案*", "解析", "难度", "分值", "命题人", "来源", "状态", "审定专家", "审定日期"};
    public static final String[] SKILL_HEADER = {"试题编码*", "职业编码*", "工种", "等级*", "鉴定点代码*", "试题名称*", "考核时间*",
            "题目背景", "工作任务*", "技能要求", "质量指标", "分值", "命题人", "状态", "审定专家", "审定日期"};
    public static final String[] RUBRIC_HEADER = {"试题编码*", "序号*", "评分要素*", "配分*", "评分标准*", "类型", "否决项"};
    public static final String[] PREP_HEADER = {"试题编码*", "类别*", "名称*", "规格", "数量", "单位", "备注"};

    private RealBank() {
    }

    public static List<Object[]> knowledgeRows() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        csv(TestData.file("xmb-dg-3.csv"), r -> {
            if (r.number() > 1 && !r.isBlank()) {
                Object[] v = new Object[9];
                for (int i = 0; i < 9; i++) {
                    v[i] = r.cell(i).text();
                }
                rows.add(v);
            }
        });
        rows.add(new Object[]{OCCUPATION, "电工", "", "三级", "操作技能", "A", "继电控制电路装调维修", "60", ""});
        rows.add(new Object[]{OCCUPATION, "电工", "", "三级", "操作技能", "A-001", "电动机控制线路安装", "", "X"});
        rows.add(new Object[]{OCCUPATION, "电工", "", "三级", "操作技能", "B", "电气设备检修", "40", ""});
        rows.add(new Object[]{OCCUPATION, "电工", "", "三级", "操作技能", "B-001", "故障排除", "", "X"});
        return rows;
    }

    /** 鉴定点 codes of the theory tree, in file order. */
    public static List<String> pointCodes() throws IOException {
        return knowledgeRows().stream().filter(r -> "理论知识".equals(r[4]) && !r[8].toString().isBlank())
                .map(r -> r[5].toString()).toList();
    }

    /** CMMLU questions (electrical engineering, then construction project management) as 单选题 rows. */
    public static List<Object[]> theoryRows() throws IOException {
        List<String> points = pointCodes();
        List<Object[]> rows = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        for (String file : List.of("cmmlu/electrical_engineering.csv", "cmmlu/construction_project_management.csv")) {
            csv(TestData.file(file), r -> {
                String stem = r.cell(1).text().strip();
                List<String> options = List.of(r.cell(2).text().strip(), r.cell(3).text().strip(),
                        r.cell(4).text().strip(), r.cell(5).text().strip());
                if (r.number() == 1 || stem.isEmpty() || new HashSet<>(options).size() < 4 || !stems.add(stem)) {
                    return;
                }
                int n = rows.size();
                rows.add(new Object[]{String.format("DG3-T%04d", n + 1), OCCUPATION, "", "三级", "单选题",
                        points.get(n % points.size()), stem, options.get(0), options.get(1), options.get(2),
                        options.get(3), r.cell(6).text().strip(), "", List.of("易", "较易", "中等", "较难", "难").get(n % 5),
                        0.5, "张工", "CMMLU", "", "", ""});
            });
        }
        String[][] judgements = {{"三相异步电动机的转速总是低于旋转磁场的转速。", "√"},
                {"熔断器在电路中主要起过载保护作用，不能用于短路保护。", "×"},
                {"兆欧表测量绝缘电阻前，应先切断被测设备的电源并放电。", "对"},
                {"电流互感器二次侧在运行中允许开路。", "错误"}};
        for (String[] j : judgements) {
            int n = rows.size();
            rows.add(new Object[]{String.format("DG3-T%04d", n + 1), OCCUPATION, "", "三级", "判断题",
                    points.get(n % points.size()), j[0], "", "", "", "", j[1], "", "中等", 0.5, "李工", "自编",
                    "已审定", "王明、李强、赵敏", "2024-06-18"});
        }
        return rows;
    }

    public static List<Object[]> skillRows() {
        return List.of(
                new Object[]{"DG3-S001", OCCUPATION, "", "三级", "A", "三相异步电动机正反转控制线路安装与调试", 120,
                        "某车间需安装一台电动机的正反转控制线路。", "1. 按图安装控制线路\n2. 通电试车\n3. 清理现场",
                        "能按图正确接线", "一次试车成功", 100, "周工", "", "", ""},
                new Object[]{"DG3-S002", OCCUPATION, "", "三级", "B", "机床电气控制线路故障排除", 60,
                        "一台 CA6140 车床电气控制线路中设有 3 处故障。", "1. 查找故障\n2. 排除故障并试车",
                        "能用万用表查找故障", "故障全部排除", 100, "周工", "", "", ""});
    }

    public static List<Object[]> rubricRows() {
        return List.of(
                new Object[]{"DG3-S001", 1, "元件安装", 20, "元件布置不整齐扣 5 分", "J", "否"},
                new Object[]{"DG3-S001", 2, "布线", 40, "不按图接线扣 20 分", "J", "否"},
                new Object[]{"DG3-S001", 3, "通电试车", 30, "一次试车不成功扣 10 分", "M", "否"},
                new Object[]{"DG3-S001", 4, "安全文明生产", 10, "发生触电事故本题记零分", "J", "是"},
                new Object[]{"DG3-S002", 1, "故障分析", 30, "故障范围判断错误每处扣 10 分", "J", "否"},
                new Object[]{"DG3-S002", 2, "故障排除", 60, "每少排除一处扣 20 分", "M", "否"},
                new Object[]{"DG3-S002", 3, "安全文明生产", 10, "损坏设备本题记零分", "J", "是"});
    }

    public static List<Object[]> prepRows() {
        return List.of(
                new Object[]{"DG3-S001", "考场准备", "三相异步电动机", "Y112M-4 4kW", "1", "台", ""},
                new Object[]{"DG3-S001", "考场准备", "交流接触器", "CJX2-1810", "2", "只", ""},
                new Object[]{"DG3-S001", "考生准备", "万用表", "MF47", "1", "块", "自带"},
                new Object[]{"DG3-S002", "考场准备", "CA6140 车床电气模拟板", "", "1", "套", ""});
    }

    /** Writes the whole realistic workbook. */
    public static Path write(Path file) throws IOException {
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("填写说明", "本工作簿用于测试").row("无关内容");
            b.sheet("鉴定要素细目表", KNOWLEDGE_HEADER).rows(knowledgeRows());
            b.sheet("试题", THEORY_HEADER).rows(theoryRows());
            b.sheet("技能试题", SKILL_HEADER).rows(skillRows());
            b.sheet("评分标准", RUBRIC_HEADER).rows(rubricRows());
            b.sheet("准备清单", PREP_HEADER).rows(prepRows());
            return b.save(file);
        }
    }

    private static void csv(Path file, java.util.function.Consumer<SheetRow> rows) throws IOException {
        try (CsvRowSource source = CsvRowSource.open(file, "csv", InputLimits.DEFAULT)) {
            source.read("csv", rows);
        }
    }
}
