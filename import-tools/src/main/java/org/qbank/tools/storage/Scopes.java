package org.qbank.tools.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgePointCode;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;

/**
 * Resolves an imported row's occupation, work type and 鉴定点 code to the bank's ids, one tree read per
 * occupation / work type / level / subject. Unresolvable rows are added to the problem list with their sheet row.
 */
final class Scopes {

    /** Where an item goes in the bank. */
    record Scope(long occupationId, Long workTypeId, long knowledgePointId) {
    }

    private final Actor actor;
    private final long institutionId;
    private final KnowledgeTreeService trees;
    private final OccupationService occupations;
    private final Map<String, Optional<Map<String, KnowledgeNodeView>>> cache = new HashMap<>();
    private final Map<String, long[]> owners = new HashMap<>();

    Scopes(Actor actor, long institutionId, KnowledgeTreeService trees, OccupationService occupations) {
        this.actor = actor;
        this.institutionId = institutionId;
        this.trees = trees;
        this.occupations = occupations;
    }

    private static Map<String, KnowledgeNodeView> byCode(KnowledgeTreeView tree) {
        Map<String, KnowledgeNodeView> m = new HashMap<>();
        tree.nodes().forEach(n -> m.put(n.displayCode(), n));
        return m;
    }

    private static String display(String code) {
        try {
            return KnowledgePointCode.parse(code).display();
        } catch (RuntimeException malformed) {
            return code;
        }
    }

    Scope resolve(String where, String occupationCode, String workType, Level level, Subject subject, String code,
                  boolean mustBePoint, List<Violation> problems) {
        String wt = workType == null || workType.isBlank() ? null : workType;
        Optional<Map<String, KnowledgeNodeView>> tree = cache.computeIfAbsent(occupationCode + "|" + wt + "|" + level + "|" + subject,
                k -> trees.find(actor, institutionId, occupationCode, wt, level, subject).map(Scopes::byCode));
        if (tree.isEmpty()) {
            problems.add(new Violation(where, "题库中没有 " + occupationCode + (wt == null ? "" : " " + wt) + " "
                    + level.grade() + " " + subject.displayName() + " 的鉴定要素细目表；请先导入细目表（可放在同一工作簿中）"));
            return null;
        }
        Optional<KnowledgeNodeView> node = Optional.ofNullable(tree.get().get(display(code)));
        if (node.isEmpty()) {
            problems.add(new Violation(where, "细目表中没有代码 " + code));
            return null;
        }
        if (mustBePoint && !node.get().isPoint()) {
            problems.add(new Violation(where, code + " 是鉴定范围，试题应挂在鉴定点上"));
            return null;
        }
        long[] ids = owners.computeIfAbsent(occupationCode + "|" + wt, k -> {
            Occupation occupation = occupations.find(OccupationCode.of(occupationCode)).orElseThrow();
            Long workTypeId = wt == null ? null : occupations.findWorkType(occupation.getId(), wt).orElseThrow().getId();
            return new long[]{occupation.getId(), workTypeId == null ? -1 : workTypeId};
        });
        return new Scope(ids[0], ids[1] < 0 ? null : ids[1], node.get().id());
    }
}
