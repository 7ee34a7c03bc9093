package org.qbank.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.Occupation;

/**
 * 三级 操作技能 细目表 with approved tasks for the portal tests: each module a 鉴定点 {@code <code>-001} under it, and
 * every task filed under its module's point, submitted and approved.
 */
public final class SkillBank {

    /** A module of the 细目表 with its 鉴定比重. */
    public record Module(String code, String name, int weight) {
    }

    /** An approved task of {@code minutes} under a module, in 互斥组 {@code exclusiveGroup} (null: none). */
    public record Task(String module, String title, int minutes, String exclusiveGroup) {
    }

    private SkillBank() {
    }

    /**
     * 焊工: A 焊前准备 (鉴定比重 30), B 板对接焊 (40), C 焊后检查 (30), two tasks of 30 minutes under each
     * ("焊前准备 任务 1", …) and no 互斥组 — a paper of the three modules uses one task of each.
     */
    public static KnowledgeTreeView welding(KnowledgeTreeService trees, ItemService items, Actor admin,
                                            long institution, Occupation occupation) {
        List<Module> modules = List.of(new Module("A", "焊前准备", 30), new Module("B", "板对接焊", 40),
                new Module("C", "焊后检查", 30));
        List<Task> tasks = new ArrayList<>();
        for (Module m : modules) {
            for (int t = 1; t <= 2; t++) {
                tasks.add(new Task(m.code(), m.name() + " 任务 " + t, 30, null));
            }
        }
        return seed(trees, items, admin, institution, occupation, modules, tasks);
    }

    /**
     * 电工: A 电气控制线路安装 (鉴定比重 40; tasks of 50 and 60 minutes), B 照明线路安装 (30; 40 and 45 minutes, both
     * in 互斥组 G1), C 配电装置检修 (30; one task of 45 minutes, in G1).
     */
    public static KnowledgeTreeView electrical(KnowledgeTreeService trees, ItemService items, Actor admin,
                                               long institution, Occupation occupation) {
        List<Module> modules = List.of(new Module("A", "电气控制线路安装", 40), new Module("B", "照明线路安装", 30),
                new Module("C", "配电装置检修", 30));
        Object[][] tasks = {{"A", 50, null}, {"A", 60, null}, {"B", 40, "G1"}, {"B", 45, "G1"}, {"C", 45, "G1"}};
        List<Task> list = new ArrayList<>();
        for (Object[] t : tasks) {
            list.add(new Task((String) t[0], t[0] + " 模块任务 " + t[1] + " 分钟", (int) t[1], (String) t[2]));
        }
        return seed(trees, items, admin, institution, occupation, modules, list);
    }

    /** Imports the 细目表 of {@code modules} for the occupation and files the approved {@code tasks} under it. */
    public static KnowledgeTreeView seed(KnowledgeTreeService trees, ItemService items, Actor admin, long institution,
                                         Occupation occupation, List<Module> modules, List<Task> tasks) {
        String code = occupation.getCode().value();
        List<KnowledgeRow> rows = new ArrayList<>();
        for (Module m : modules) {
            rows.add(new KnowledgeRow(code, occupation.getName(), null, "三级", "操作技能", m.code(), m.name(),
                    BigDecimal.valueOf(m.weight()), null));
            rows.add(new KnowledgeRow(code, occupation.getName(), null, "三级", "操作技能", m.code() + "-001",
                    m.name() + "要点", null, "X"));
        }
        long treeId = trees.importTrees(admin, ImportKnowledgeTrees.of(institution, rows)).get(0).treeId();
        KnowledgeTreeView tree = trees.get(admin, treeId);
        Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        Actor reviewer = ItemTestData.actor(institution, Role.REVIEWER);
        for (Task t : tasks) {
            long point = tree.node(t.module() + "-001").orElseThrow().id();
            CreateItem c = ItemTestData.skillTask(institution, occupation, point, t.title(), t.minutes());
            ItemView task = items.create(writer, new CreateItem(c.institutionId(), c.code(), c.occupationId(),
                    c.workTypeId(), c.level(), c.subject(), c.type(), c.knowledgePointId(), c.author(), c.source(),
                    t.exclusiveGroup(), c.content(), c.changeNote()));
            items.submit(writer, task.id(), 1);
            items.approve(reviewer, new ReviewDecision(task.id(), 1, "通过"));
        }
        return tree;
    }
}
