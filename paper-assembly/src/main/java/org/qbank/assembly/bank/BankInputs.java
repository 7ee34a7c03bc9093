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
import org.qbank.assembly.blueprint.ItemType;
import org.qbank.assembly.blueprint.TreeNode;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.CandidateItem;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.EligibleItem;
import org.qbank.bank.item.ItemCatalog;
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

    BankInputs(KnowledgeTreeService trees, OccupationService occupations, ItemCatalog catalog, JdbcClient jdbc,
               Clock clock) {
        this.trees = trees;
        this.occupations = occupations;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
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
            items.add(new CandidateItem(e.itemId(), e.itemCode().value(), e.versionId(), typeOf(e.type()),
                    codes.getOrDefault(e.knowledgePointId(), String.valueOf(e.knowledgePointId())),
                    e.difficulty() == null ? 3 : e.difficulty().value(), e.enemyGroup(), e.sessionsIssued(), true));
        }
        return new AssemblyRequest(blueprint, tree.map(BankTree::tree).orElse(null), items,
                earlier(institutionId, blueprint), paperCount, seed);
    }

    public static ItemType typeOf(org.qbank.bank.item.ItemType type) {
        return type == org.qbank.bank.item.ItemType.FILL_BLANK ? ItemType.FILL_IN : ItemType.valueOf(type.name());
    }

    /** Issued, used and voided papers of the same scope; those inside the look-back carry the overlap limit. */
    private List<EarlierPaper> earlier(long institutionId, Blueprint blueprint) {
        Instant since = clock.instant().atZone(clock.getZone())
                .minusMonths(blueprint.exposure().lookBackMonths()).toInstant();
        Map<Long, Set<Long>> items = new LinkedHashMap<>();
        Map<Long, Instant> issued = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id, p.issued_at, pi.item_id FROM paper p JOIN paper_item pi ON pi.paper_id = p.id
                        WHERE p.institution_id = ? AND p.occupation_code = ? AND p.work_type = ? AND p.level_number = ?
                          AND p.subject = ? AND p.status IN ('ISSUED', 'USED', 'VOIDED')
                        ORDER BY p.id""")
                .params(institutionId, blueprint.occupationCode(),
                        blueprint.workType() == null ? "" : blueprint.workType(), blueprint.level().number(),
                        blueprint.subject().name())
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
