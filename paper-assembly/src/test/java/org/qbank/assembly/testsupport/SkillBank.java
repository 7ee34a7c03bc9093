package org.qbank.assembly.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeImportResult;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.springframework.stereotype.Component;

/**
 * A 三级 操作技能 细目表 for a test bank: each module a 鉴定范围 with its 鉴定比重 and one 鉴定点 under it, and
 * approved skill tasks filed under that 鉴定点 (so a solve places each in its module).
 */
@Component
public class SkillBank {

    private final KnowledgeTreeService trees;
    private final ItemService items;
    private final SkillBlueprintService blueprints;
    private final BankInputs inputs;

    SkillBank(KnowledgeTreeService trees, ItemService items, SkillBlueprintService blueprints, BankInputs inputs) {
        this.trees = trees;
        this.items = items;
        this.blueprints = blueprints;
        this.inputs = inputs;
    }

    /** A module of the tree and the 考核时间 of each of its tasks. */
    public record Module(String code, String name, BigDecimal weight, int... minutes) {
    }

    /** Imports the tree and creates the approved tasks; returns them by module code, in creation order. */
    public Map<String, List<ItemView>> tasks(ExamFixtures.Bank bank, Module... modules) {
        Actor treeAdmin = ItemTestData.actor(bank.institution, Role.INSTITUTION_ADMIN);
        Actor reviewer = ItemTestData.actor(bank.institution, Role.REVIEWER);
        List<KnowledgeRow> rows = new ArrayList<>();
        for (Module m : modules) {
            rows.add(row(bank, m.code(), m.name(), m.weight(), null));
            rows.add(row(bank, m.code() + "-001", m.name() + "要点", null, "X"));
        }
        KnowledgeImportResult tree = trees.importTrees(treeAdmin, ImportKnowledgeTrees.of(bank.institution, rows)).get(0);
        Map<String, List<ItemView>> out = new LinkedHashMap<>();
        for (Module m : modules) {
            long point = trees.node(treeAdmin, tree.treeId(), m.code() + "-001").id();
            for (int t = 0; t < m.minutes().length; t++) {
                ItemView task = items.create(bank.writer, ItemTestData.skillTask(bank.institution, bank.occupation, point,
                        m.name() + " 任务 " + (t + 1), m.minutes()[t]));
                items.submit(bank.writer, task.id(), 1);
                items.approve(reviewer, new ReviewDecision(task.id(), 1, "通过"));
                out.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(task);
            }
        }
        return out;
    }

    /** Saves the skill blueprint against the bank's skill 细目表. */
    public SavedSkillBlueprint save(ExamFixtures.Bank bank, SkillBlueprint b) {
        return blueprints.saveSkill(bank.admin, bank.institution, b,
                inputs.skillTree(bank.admin, bank.institution, b).orElseThrow().tree());
    }

    private static KnowledgeRow row(ExamFixtures.Bank bank, String code, String name, BigDecimal weight,
                                    String importance) {
        return new KnowledgeRow(bank.occupationCode(), bank.occupation.getName(), null, "三级", "操作技能", code, name,
                weight, importance);
    }
}
