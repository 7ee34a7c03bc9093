package org.qbank.portal.browser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;

/**
 * Original demo content for the browser tests: a small 细目表 (two 鉴定范围 of 60 and 40 %, ten 鉴定点) and
 * one approved 单选题 per 鉴定点, written by one account and approved by another.
 */
public final class SmallBank {

    public static final String OCCUPATION = "6-31-01-03";
    public static final String OCCUPATION_NAME = "电工";

    private SmallBank() {
    }

    public static List<KnowledgeRow> rows() {
        List<KnowledgeRow> rows = new ArrayList<>();
        rows.add(range("A", "安全用电与规范", "60"));
        String[] a = {"触电急救的基本步骤", "绝缘工具的定期检验", "接地与接零的区别", "漏电保护器的选用", "电气火灾的扑救", "停电作业的安全措施"};
        for (int i = 0; i < a.length; i++) {
            rows.add(point("A-00" + (i + 1), a[i], i < 4 ? "X" : "Y"));
        }
        rows.add(range("B", "电工测量", "40"));
        String[] b = {"万用表的正确使用", "兆欧表测量绝缘电阻", "钳形电流表的读数", "电能表的接线"};
        for (int i = 0; i < b.length; i++) {
            rows.add(point("B-00" + (i + 1), b[i], i < 3 ? "X" : "Z"));
        }
        return rows;
    }

    public static KnowledgeTreeView tree(KnowledgeTreeService trees, Actor admin, long institutionId) {
        trees.importTrees(admin, ImportKnowledgeTrees.of(institutionId, rows()));
        return trees.find(admin, institutionId, OCCUPATION, null, Level.THREE, Subject.THEORY).orElseThrow();
    }

    /** One approved item per 鉴定点. */
    public static void approvedItems(ItemService items, OccupationService occupations, KnowledgeTreeView tree, Actor writer,
                              Actor reviewer) {
        long occupationId = occupations.find(OccupationCode.of(OCCUPATION)).orElseThrow().getId();
        for (KnowledgeNodeView n : tree.nodes()) {
            if (!n.isPoint()) {
                continue;
            }
            ItemContent content = ItemContent.choice("关于「" + n.name() + "」, 下列说法正确的是哪一项?",
                    List.of(ChoiceOption.of("A", "无需任何准备即可操作"), ChoiceOption.of("B", "应按操作规程执行并做好防护"),
                            ChoiceOption.of("C", "可由非电工人员独立完成"), ChoiceOption.of("D", "只在夜间进行")),
                    "B", Difficulty.of(3), null);
            ItemView item = items.create(writer, new CreateItem(tree.institutionId(), null, occupationId, null,
                    Level.THREE, Subject.THEORY, ItemType.SINGLE_CHOICE, n.id(), null, "自建", null, content, null));
            items.submit(writer, item.id(), 1);
            items.approve(reviewer, new ReviewDecision(item.id(), 1, "内容准确"));
        }
    }

    /** Items waiting for review: one submitted 单选题 per given stem, on the first 鉴定点s of the tree. */
    public static List<ItemView> submittedItems(ItemService items, OccupationService occupations, KnowledgeTreeView tree,
                                                Actor writer, List<String> stems) {
        long occupationId = occupations.find(OccupationCode.of(OCCUPATION)).orElseThrow().getId();
        List<KnowledgeNodeView> points = tree.nodes().stream().filter(KnowledgeNodeView::isPoint).toList();
        List<ItemView> out = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            ItemContent content = ItemContent.choice(stems.get(i),
                    List.of(ChoiceOption.of("A", "先断开电源并验电"), ChoiceOption.of("B", "直接用手触碰导线"),
                            ChoiceOption.of("C", "请无证人员代为操作"), ChoiceOption.of("D", "无需任何防护")),
                    "A", Difficulty.of(2), null);
            ItemView item = items.create(writer, new CreateItem(tree.institutionId(), null, occupationId, null,
                    Level.THREE, Subject.THEORY, ItemType.SINGLE_CHOICE, points.get(i % points.size()).id(), null, "自建",
                    null, content, null));
            out.add(items.submit(writer, item.id(), 1));
        }
        return out;
    }

    /** A second, tiny 细目表 as a CSV upload (another occupation). */
    public static String uploadCsv() {
        return String.join("\n",
                "职业编码,职业名称,工种,等级,科目,代码,名称,鉴定比重,重要程度",
                "4-04-05-05,人工智能训练师,,四级,理论知识,A,数据采集与处理,100,",
                "4-04-05-05,人工智能训练师,,四级,理论知识,A-001,数据清洗的常见方法,,X",
                "4-04-05-05,人工智能训练师,,四级,理论知识,A-002,数据标注的质量检查,,Y") + "\n";
    }

    private static KnowledgeRow range(String code, String name, String weight) {
        return new KnowledgeRow(OCCUPATION, OCCUPATION_NAME, null, "三级", "理论知识", code, name, new BigDecimal(weight), null);
    }

    private static KnowledgeRow point(String code, String name, String importance) {
        return new KnowledgeRow(OCCUPATION, OCCUPATION_NAME, null, "三级", "理论知识", code, name, null, importance);
    }

    public static Set<Long> ids(long id) {
        return Set.of(id);
    }
}
