package org.qbank.assembly.bank;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DistributionMode;
import org.qbank.assembly.blueprint.Importance;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.blueprint.SkillWeights;
import org.qbank.assembly.blueprint.TreeNode;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.CandidateItem;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.assembly.skill.SkillTaskCandidate;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.EligibleItem;
import org.qbank.bank.item.EligibleSkillTask;
import org.qbank.bank.item.ItemCatalog;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.search.PairMark;
import org.qbank.bank.search.PairMarks;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.occupation.WorkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The boundary between the bank and assembly: reads the 细目表, the eligible (approved) items and the earlier
 * issued papers of a blueprint's scope and maps them into assembly's own records. Scoped to the actor.
 */
@Service
public class BankInputs {

    private final KnowledgeTreeService trees;
    private final OccupationService occupations;
    private final ItemCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PairMarks marks;

    BankInputs(KnowledgeTreeService trees, OccupationService occupations, ItemCatalog catalog, JdbcClient jdbc,
               Clock clock, PairMarks marks) {
        this.trees = trees;
        this.occupations = occupations;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.marks = marks;
    }

    /** The institution's 细目表 for the blueprint's occupation, work type, level and subject, if it has one. */
    @Transactional(readOnly = true)
    public Optional<BankTree> tree(Actor actor, long institutionId, Blueprint blueprint) {
        if (blueprint.occupationCode() == null || blueprint.level() == null || blueprint.subject() == null
                || !blueprint.occupationCode().strip().matches("\\d-\\d{2}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        return trees.find(actor, institutionId, blueprint.occupationCode(), blueprint.workType(), blueprint.level(),
                blueprint.subject()).map(BankInputs::toTree);
    }

    /** Maps a stored tree: 鉴定范围 keep their weight, 鉴定点 their X/Y/Z. */
    public static BankTree toTree(KnowledgeTreeView view) {
        Map<Long, String> codes = new HashMap<>();
        view.nodes().forEach(n -> codes.put(n.id(), n.displayCode()));
        List<TreeNode> nodes = new ArrayList<>();
        for (KnowledgeNodeView n : view.nodes()) {
            String parent = n.parentId() == null ? null : codes.get(n.parentId());
            Importance importance = n.importance() == null ? null : Importance.valueOf(n.importance().name());
            BigDecimal weight = importance == null ? n.weight() : null;
            nodes.add(new TreeNode(n.displayCode(), n.name(), parent, weight, importance));
        }
        return new BankTree(view, new BlueprintTree(nodes), codes);
    }

    /**
     * Everything a solve of this blueprint needs. Throws {@link RuleViolationException} when the occupation or
     * work type is unknown, or a 按鉴定点 blueprint has no 细目表.
     */
    @Transactional(readOnly = true)
    public AssemblyRequest request(Actor actor, long institutionId, Blueprint blueprint, int paperCount, long seed) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        Optional<BankTree> tree = tree(actor, institutionId, blueprint);
        if (blueprint.distribution().mode() == DistributionMode.BY_KNOWLEDGE_POINT && tree.isEmpty()) {
            throw RuleViolationException.of("distribution", "本机构没有 " + blueprint.occupationCode() + " "
                    + blueprint.level().grade() + " " + blueprint.subject().displayName() + " 的鉴定要素细目表");
        }
        Occupation occupation = occupations.find(OccupationCode.of(blueprint.occupationCode()))
                .orElseThrow(() -> RuleViolationException.of("occupationCode", "职业 " + blueprint.occupationCode() + " 未登记"));
        Long workTypeId = null;
        if (blueprint.workType() != null && !blueprint.workType().isBlank()) {
            workTypeId = occupations.findWorkType(occupation.getId(), blueprint.workType()).map(WorkType::getId)
                    .orElseThrow(() -> RuleViolationException.of("workType", "没有工种 " + blueprint.workType()));
        }
        Map<Long, String> codes = tree.map(BankTree::codeById).orElse(Map.of());
        List<CandidateItem> items = new ArrayList<>();
        for (EligibleItem e : catalog.eligible(institutionId, occupation.getId(), workTypeId, blueprint.level(),
                blueprint.subject())) {
            items.add(new CandidateItem(e.itemId(), e.itemCode().value(), e.versionId(), e.type(),
                    codes.getOrDefault(e.knowledgePointId(), String.valueOf(e.knowledgePointId())),
                    e.difficulty() == null ? 3 : e.difficulty().value(), e.enemyGroup(), e.sessionsIssued(), true));
        }
        return new AssemblyRequest(withMarkedEnemies(actor, institutionId, blueprint, items),
                tree.map(BankTree::tree).orElse(null), items,
                earlier(institutionId, blueprint.occupationCode(), blueprint.workType(), blueprint.level(),
                        blueprint.subject(), blueprint.exposure().lookBackMonths()), paperCount, seed);
    }

    /**
     * Pairs a reviewer marked 互斥题 (search's {@link PairMarks}) join the blueprint's extra 互斥组 for this solve,
     * when both items are candidates: the mark means "never on one paper", like an item's own 互斥组.
     */
    private Blueprint withMarkedEnemies(Actor actor, long institutionId, Blueprint blueprint, List<CandidateItem> items) {
        Map<Long, String> codes = new HashMap<>();
        items.forEach(i -> codes.put(i.itemId(), i.itemCode()));
        List<Set<String>> marked = markedEnemies(actor, institutionId, codes);
        if (marked.isEmpty()) {
            return blueprint;
        }
        List<Set<String>> groups = new ArrayList<>(blueprint.enemyGroups());
        groups.addAll(marked);
        return blueprint.withEnemyGroups(groups);
    }

    /** The pairs marked 互斥题 whose items are both candidates ({@code codes}: item id → code), as 互斥组 of codes. */
    private List<Set<String>> markedEnemies(Actor actor, long institutionId, Map<Long, String> codes) {
        List<Set<String>> groups = new ArrayList<>();
        for (PairMark m : marks.enemies(actor, institutionId)) {
            String a = codes.get(m.itemA());
            String b = codes.get(m.itemB());
            if (a != null && b != null) {
                groups.add(Set.of(a, b));
            }
        }
        return groups;
    }

    /** The institution's 操作技能 细目表 for the skill blueprint's occupation, work type and level, if it has one. */
    @Transactional(readOnly = true)
    public Optional<BankTree> skillTree(Actor actor, long institutionId, SkillBlueprint blueprint) {
        if (blueprint.occupationCode() == null || blueprint.level() == null
                || !blueprint.occupationCode().strip().matches("\\d-\\d{2}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        return trees.find(actor, institutionId, blueprint.occupationCode(), blueprint.workType(), blueprint.level(),
                Subject.SKILL).map(BankInputs::toTree);
    }

    /**
     * Everything a skill-paper solve needs: the approved 操作技能试题 with their time, each placed in the blueprint
     * module its 鉴定点 lies under (in the skill 细目表), the modules' 鉴定比重 (the 技能要求权重表 that gives each task
     * its 配分), the earlier skill papers of the same scope, and the pairs a reviewer marked 互斥题 whose tasks are
     * both candidates, as extra 互斥组 (the same rule as a theory paper's). Throws {@link RuleViolationException}
     * when the occupation, work type or skill 细目表 is missing, or its weights cannot give the paper its 配分.
     */
    @Transactional(readOnly = true)
    public SkillRequest skillRequest(Actor actor, long institutionId, SkillBlueprint blueprint, long seed) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        BankTree tree = skillTree(actor, institutionId, blueprint).orElseThrow(() -> RuleViolationException.of("modules",
                "本机构没有 " + blueprint.occupationCode() + " " + blueprint.level().grade() + " 操作技能的鉴定要素细目表"));
        Occupation occupation = occupations.find(OccupationCode.of(blueprint.occupationCode()))
                .orElseThrow(() -> RuleViolationException.of("occupationCode", "职业 " + blueprint.occupationCode() + " 未登记"));
        Long workTypeId = null;
        if (blueprint.workType() != null) {
            workTypeId = occupations.findWorkType(occupation.getId(), blueprint.workType()).map(WorkType::getId)
                    .orElseThrow(() -> RuleViolationException.of("workType", "没有工种 " + blueprint.workType()));
        }
        Set<String> modules = new HashSet<>();
        blueprint.modules().forEach(m -> modules.add(m.code()));
        List<SkillTaskCandidate> tasks = new ArrayList<>();
        for (EligibleSkillTask t : catalog.eligibleSkillTasks(institutionId, occupation.getId(), workTypeId,
                blueprint.level())) {
            EligibleItem e = t.item();
            String module = moduleOf(tree, tree.codeById().get(e.knowledgePointId()), modules);
            tasks.add(new SkillTaskCandidate(e.itemId(), e.itemCode().value(), e.versionId(), module,
                    t.durationMinutes(), e.sessionsIssued(), true, e.enemyGroup()));
        }
        SkillWeights weights = SkillWeights.of(blueprint, tree.tree());
        weights.validate();
        Map<Long, String> codes = new HashMap<>();
        tasks.forEach(t -> codes.put(t.itemId(), t.itemCode()));
        return new SkillRequest(blueprint, tasks, earlier(institutionId, blueprint.occupationCode(),
                blueprint.workType(), blueprint.level(), Subject.SKILL, blueprint.exposure().lookBackMonths()), seed,
                weights.byModule(), markedEnemies(actor, institutionId, codes), List.of());
    }

    /**
     * The blueprint module each task lies under, by its 鉴定点 in the skill 细目表 (as a solve places it), for
     * showing a drawn skill paper. {@code pointByTask}: item id → 鉴定点 id; tasks under no module are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, SkillModule> skillModules(Actor actor, long institutionId, SkillBlueprint blueprint,
                                               Map<Long, Long> pointByTask) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        Optional<BankTree> tree = skillTree(actor, institutionId, blueprint);
        Map<String, SkillModule> byCode = new HashMap<>();
        blueprint.modules().forEach(m -> byCode.put(m.code(), m));
        Map<Long, SkillModule> out = new HashMap<>();
        tree.ifPresent(t -> pointByTask.forEach((task, point) -> {
            String module = moduleOf(t, t.codeById().get(point), byCode.keySet());
            if (module != null) {
                out.put(task, byCode.get(module));
            }
        }));
        return out;
    }

    /** The nearest node at or above {@code code} that is one of the modules; null when none is. */
    private static String moduleOf(BankTree tree, String code, Set<String> modules) {
        String at = code;
        while (at != null) {
            if (modules.contains(at)) {
                return at;
            }
            at = tree.tree().node(at).map(TreeNode::parentCode).orElse(null);
        }
        return null;
    }

    /** Issued, used and voided papers of the same scope; those inside the look-back carry the overlap limit. */
    private List<EarlierPaper> earlier(long institutionId, String occupationCode, String workType, Level level,
                                       Subject subject, int lookBackMonths) {
        Instant since = clock.instant().atZone(clock.getZone()).minusMonths(lookBackMonths).toInstant();
        Map<Long, Set<Long>> items = new LinkedHashMap<>();
        Map<Long, Instant> issued = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id, p.issued_at, pi.item_id FROM paper p JOIN paper_item pi ON pi.paper_id = p.id
                        WHERE p.institution_id = ? AND p.occupation_code = ? AND p.work_type = ? AND p.level_number = ?
                          AND p.subject = ? AND p.status IN ('ISSUED', 'USED', 'VOIDED')
                        ORDER BY p.id""")
                .params(institutionId, occupationCode, workType == null ? "" : workType, level.number(),
                        subject.name())
                .query(rs -> {
                    long id = rs.getLong(1);
                    Timestamp at = rs.getTimestamp(2);
                    items.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getLong(3));
                    issued.put(id, at == null ? Instant.EPOCH : at.toInstant());
                });
        List<EarlierPaper> out = new ArrayList<>();
        items.forEach((id, set) -> out.add(new EarlierPaper("试卷 " + id, set, !issued.get(id).isBefore(since))));
        return out;
    }
}
