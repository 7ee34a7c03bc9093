package org.qbank.bank.review;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.item.ItemStatus;

/** Checks the versions a round is opened (or imported) over against its scope, and the panel's conflicts of interest. */
final class RoundScopeCheck {

    private RoundScopeCheck() {
    }

    static void versions(long institutionId, long occupationId, Long workTypeId, Set<Level> levels,
                         Set<org.qbank.bank.common.Subject> subjects, List<Long> versionIds, List<PinnedVersion> found,
                         ItemStatus required, List<Violation> problems) {
        if (versionIds.isEmpty()) {
            problems.add(new Violation("versionIds", "须至少选择一个试题版本"));
        }
        Map<Long, PinnedVersion> byId = found.stream().filter(v -> v.institutionId() == institutionId)
                .collect(Collectors.toMap(PinnedVersion::versionId, Function.identity()));
        Set<Long> itemsSeen = new HashSet<>();
        for (int i = 0; i < versionIds.size(); i++) {
            String field = "versionIds[" + i + "]";
            PinnedVersion v = byId.get(versionIds.get(i));
            if (v == null) {
                problems.add(new Violation(field, "试题版本 " + versionIds.get(i) + " 不存在"));
                continue;
            }
            String name = "试题 " + v.itemCode() + " v" + v.versionNumber();
            if (v.status() != required || v.itemRetired()) {
                problems.add(new Violation(field, name + " 当前为 " + (v.itemRetired() ? "停用" : v.status().displayName())
                        + ", 只能评审" + required.displayName() + "的版本"));
            }
            if (v.occupationId() != occupationId || !java.util.Objects.equals(v.workTypeId(), workTypeId)) {
                problems.add(new Violation(field, name + " 不属于本轮评审的职业(工种)"));
            }
            if (levels != null && !levels.contains(v.level())) {
                problems.add(new Violation(field, name + " 的等级 " + v.level().displayName() + " 不在本轮评审范围内"));
            }
            if (subjects != null && !subjects.contains(v.subject())) {
                problems.add(new Violation(field, name + " 的科目 " + v.subject().displayName() + " 不在本轮评审范围内"));
            }
            if (!itemsSeen.add(v.itemId())) {
                problems.add(new Violation(field, "试题 " + v.itemCode() + " 在本轮中出现了多个版本"));
            }
        }
    }

    /** Writers and reviewers are different people: an author of any covered version may not sit on the panel. */
    static void conflicts(List<PanelMember> panel, List<PinnedVersion> versions, List<Violation> problems) {
        for (PanelMember m : panel) {
            List<String> own = versions.stream().filter(v -> m.is(v.authorId()))
                    .map(v -> v.itemCode() + " v" + v.versionNumber()).toList();
            if (!own.isEmpty()) {
                problems.add(new Violation("panelUserIds", "专家 " + m.name() + " 是试题 " + String.join(", ", own)
                        + " 的命题人, 不能评审自己编写的试题 (回避)"));
            }
        }
    }
}
