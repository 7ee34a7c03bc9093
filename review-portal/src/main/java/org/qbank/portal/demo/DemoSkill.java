package org.qbank.portal.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.bank.BankTree;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.PreparationCategory;
import org.qbank.bank.item.ItemContent.PreparationItem;
import org.qbank.bank.item.ItemContent.RubricKind;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.item.Score;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.plan.SessionDetails;
import org.qbank.bank.plan.StaffMember;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's 操作技能: an original skill 细目表 for 电工 三级 (four modules), twelve approved skill tasks, a skill
 * blueprint (two 必考 modules, one of two 选考) and an approved batch whose skill session J1 starts two hours after
 * start-up, so its skill paper can be drawn at once. Everything is fixed text, so the demo is the same every time.
 */
@Component
@Profile("demo")
class DemoSkill {

    static final String BLUEPRINT = "电工三级操作技能 演示方案";
    static final String CODE_PREFIX = "DEMO-J";

    /** code, name, weight, 必考, minutes of the module. */
    private static final String[][] MODULES = {
            {"A", "电气控制线路安装", "35", "true", "60"},
            {"B", "电气设备故障检修", "35", "true", "60"},
            {"C", "照明线路安装", "15", "false", "45"},
            {"D", "配电装置检修", "15", "false", "45"},
    };

    /** module, task name, minutes. Three tasks per module: the bank supports several fresh papers. */
    private static final String[][] TASKS = {
            {"A", "三相异步电动机正反转控制线路安装", "60"},
            {"A", "星三角降压启动控制线路安装", "55"},
            {"A", "两台电动机顺序启动控制线路安装", "50"},
            {"B", "电动机不能启动的故障排查", "60"},
            {"B", "控制线路接触器不吸合的故障排查", "50"},
            {"B", "变压器温升异常的检查与处理", "55"},
            {"C", "双控照明线路的安装与检测", "45"},
            {"C", "日光灯线路的安装与检测", "40"},
            {"C", "声光控照明线路的安装", "40"},
            {"D", "低压配电箱的接线与检查", "45"},
            {"D", "漏电保护器的安装与试验", "40"},
            {"D", "电能表接线与计量检查", "40"},
    };

    private final KnowledgeTreeService trees;
    private final ItemService items;
    private final OccupationService occupations;
    private final SkillBlueprintService blueprints;
    private final BankInputs inputs;
    private final DemoBatches batches;

    DemoSkill(KnowledgeTreeService trees, ItemService items, OccupationService occupations,
              SkillBlueprintService blueprints, BankInputs inputs, DemoBatches batches) {
        this.trees = trees;
        this.items = items;
        this.occupations = occupations;
        this.blueprints = blueprints;
        this.inputs = inputs;
        this.batches = batches;
    }

    DemoBatches.Filed ensure(long institutionId, DemoBank.Crew crew, Actor approver) {
        Actor admin = crew.examAdmin();
        KnowledgeTreeView tree = DemoSeeded.tree(trees, admin, institutionId, Subject.SKILL, rows());
        if (!DemoSeeded.item(items, admin, institutionId, code(1))) {
            tasks(institutionId, tree, crew);
        }
        SkillBlueprint blueprint = blueprint();
        if (blueprints.listSkill(admin, institutionId).stream().noneMatch(b -> b.blueprint().name().equals(BLUEPRINT))) {
            blueprints.saveSkill(admin, institutionId, blueprint,
                    inputs.skillTree(admin, institutionId, blueprint).map(BankTree::tree).orElse(null));
        }
        return batches.ensure(institutionId, admin, approver, "DEMOJN-",
                start -> new SessionDetails("J1", start, 180, "电工实训室", 6, Level.THREE, Subject.SKILL)
                        .withWorkstations(6),
                List.of(StaffMember.examiner("演示考评员甲", "J1", "G1", true),
                        StaffMember.examiner("演示考评员乙", "J1", "G1", false),
                        StaffMember.examiner("演示考评员丙", "J1", "G1", false)),
                "演示数据: 操作技能场次在启动两小时后开始, 以便立即抽卷");
    }

    static SkillBlueprint blueprint() {
        List<SkillModule> modules = new ArrayList<>();
        for (String[] m : MODULES) {
            modules.add(new SkillModule(m[0], m[1], Boolean.parseBoolean(m[3]), Integer.parseInt(m[4])));
        }
        return new SkillBlueprint(BLUEPRINT, DemoTree.OCCUPATION_CODE, Level.THREE, modules, 1, 180);
    }

    /** The skill 细目表: a 鉴定范围 per module with one 鉴定点 each. */
    private static List<KnowledgeRow> rows() {
        List<KnowledgeRow> rows = new ArrayList<>();
        for (String[] m : MODULES) {
            rows.add(row(m[0], m[1], new BigDecimal(m[2]), null));
            rows.add(row(m[0] + "-001", m[1] + "操作要点", null, "X"));
        }
        return rows;
    }

    private static KnowledgeRow row(String code, String name, BigDecimal weight, String importance) {
        return new KnowledgeRow(DemoTree.OCCUPATION_CODE, DemoTree.OCCUPATION_NAME, null, DemoTree.LEVEL, "操作技能",
                code, name, weight, importance);
    }

    /** Written by the demo writers and approved by the demo reviewer, like any task. */
    private void tasks(long institutionId, KnowledgeTreeView tree, DemoBank.Crew crew) {
        long occupationId = occupations.find(OccupationCode.of(DemoTree.OCCUPATION_CODE)).orElseThrow().getId();
        for (int n = 1; n <= TASKS.length; n++) {
            String[] t = TASKS[n - 1];
            long point = trees.node(crew.examAdmin(), tree.id(), t[0] + "-001").id();
            Actor writer = n % 2 == 0 ? crew.writer2() : crew.writer1();
            ItemView created = items.create(writer, new CreateItem(institutionId, code(n), occupationId, null,
                    Level.THREE, Subject.SKILL, org.qbank.bank.item.ItemType.SKILL_TASK, point, null, "自建", null,
                    content(t[1], Integer.parseInt(t[2])), "新建"));
            items.submit(writer, created.id(), 1);
            items.approve(crew.reviewer(), new ReviewDecision(created.id(), 1, "通过"));
        }
    }

    private static ItemContent content(String name, int minutes) {
        ItemContent.SkillTask task = new ItemContent.SkillTask(name, minutes,
                "某车间的设备需要由考生独立完成本项作业 (演示用原创试题)。",
                "1. 阅读任务要求并检查器材\n2. 按规范完成" + name + "\n3. 自检后报告考评员",
                "能正确选用工具和器材, 遵守安全操作规程", "作业规范, 一次通过检测", List.of(),
                List.of(new RubricRow(1, "准备与安全", Score.of("20"), "未检查器材或未穿戴防护用品每项扣 5 分", RubricKind.J, false),
                        new RubricRow(2, "操作过程", Score.of("50"), "步骤错误每处扣 10 分", RubricKind.J, false),
                        new RubricRow(3, "检测结果", Score.of("30"), "检测不合格扣 30 分; 造成短路的本题为零分", RubricKind.M, true)),
                List.of(new PreparationItem(PreparationCategory.SITE, "电工实训台", "380 V / 220 V", "1", "台", null),
                        new PreparationItem(PreparationCategory.SITE, "常用低压电器", "按任务配置", "1", "套", null),
                        new PreparationItem(PreparationCategory.CANDIDATE, "电工工具", null, "1", "套", "自备")));
        return ItemContent.skillTask(task, new Difficulty(3), Score.of("100"));
    }

    static String code(int n) {
        return CODE_PREFIX + String.format("%03d", n);
    }
}
