package org.qbank.bank.review;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Texts;
import org.qbank.bank.item.ItemStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records reviews done on paper (workbook rows 状态 已审定, DOMAIN §7): a closed round marked as imported, with the
 * named experts (the first as leader), the date, every version 通过, and each level signed with a digest so the
 * sheet can be verified like any other.
 */
@Service
public class ImportedReviews {

    /** Whoever may import approved rows (ItemBulkWriter) may record their paper review; exam admins too. */
    private static final Role[] IMPORTERS = {Role.ITEM_WRITER, Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN};

    private final ReviewRounds rounds;
    private final ItemVersionLookup versions;
    private final RoundAudit audit;
    private final Clock clock;

    ImportedReviews(ReviewRounds rounds, ItemVersionLookup versions, RoundAudit audit, Clock clock) {
        this.rounds = rounds;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The given versions that no round (imported or not) covers yet, in the given order. */
    @Transactional(readOnly = true)
    public List<Long> notYetReviewed(Actor actor, long institutionId, List<Long> versionIds) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        if (versionIds.isEmpty()) {
            return List.of();
        }
        Set<Long> reviewed = new HashSet<>(rounds.reviewedVersionIds(institutionId, versionIds));
        return versionIds.stream().filter(id -> !reviewed.contains(id)).toList();
    }

    @Transactional
    public RoundView record(Actor actor, ImportedRound cmd) {
        actor.requireInstitution(cmd.institutionId(), "机构", cmd.institutionId());
        actor.requireRole("导入评审记录", IMPORTERS);
        List<Violation> problems = new ArrayList<>();
        List<String> experts = cmd.experts().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (experts.size() < ReviewRound.MIN_PANEL || experts.size() > ReviewRound.MAX_PANEL) {
            problems.add(new Violation("experts", "审定专家须为 " + ReviewRound.MIN_PANEL + " 至 " + ReviewRound.MAX_PANEL
                    + " 名, 当前为 " + experts.size() + " 名"));
        }
        if (cmd.date() == null) {
            problems.add(new Violation("date", "须填写审定日期"));
        }
        List<PinnedVersion> found = versions.byIds(new HashSet<>(cmd.versionIds()));
        RoundScopeCheck.versions(cmd.institutionId(), cmd.occupationId(), cmd.workTypeId(), null, null,
                cmd.versionIds(), found, ItemStatus.APPROVED, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        List<PanelMember> panel = new ArrayList<>();
        for (int i = 0; i < experts.size(); i++) {
            panel.add(new PanelMember(i + 1, null, experts.get(i), i == 0, null, null, null));
        }
        Set<RoundScope> scope = found.stream().map(v -> new RoundScope(v.level(), v.subject())).collect(Collectors.toSet());
        ReviewRound round = rounds.saveAndFlush(new ReviewRound(new ReviewRound.RoundHeader(cmd.institutionId(),
                cmd.occupationId(), cmd.workTypeId(), Texts.optional(cmd.place()), cmd.date(),
                actor.userId()), scope, panel, found, true, clock.instant()));
        var signedAt = cmd.date().atTime(LocalTime.MIDNIGHT).atZone(clock.getZone()).toInstant();
        round.recordImported("已审定 (纸质评审记录导入)", experts.get(0), signedAt,
                (Level level) -> covered -> ReviewDigest.of(round.getId(), level, covered));
        rounds.saveAndFlush(round);
        audit.record(actor, round, "REVIEW_ROUND_IMPORTED", "导入纸质评审记录: " + found.size() + " 个试题版本, 审定专家 "
                + String.join("、", experts) + ", 审定日期 " + cmd.date());
        return RoundViews.of(round);
    }
}
