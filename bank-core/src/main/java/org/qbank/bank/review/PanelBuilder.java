package org.qbank.bank.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.user.UserAccount;
import org.qbank.bank.user.Users;
import org.springframework.stereotype.Component;

/** Turns panel user ids into members: REVIEWER accounts of the institution, with their qualification warnings. */
@Component
class PanelBuilder {

    private final Users users;

    PanelBuilder(Users users) {
        this.users = users;
    }

    /** Enabled reviewers of the institution, by name, each with the warning the target levels would give. */
    List<PanelCandidate> candidates(long institutionId, Collection<Level> targets) {
        return users.findByInstitution(institutionId).stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(Role.REVIEWER))
                .map(u -> new PanelCandidate(u.getId(), u.getDisplayName(), u.getExpertLevel(), u.getExpertTitle(),
                        PanelQualification.warning(u.getExpertLevel(), u.getExpertTitle(), targets)))
                .sorted(Comparator.comparing(PanelCandidate::name)).toList();
    }

    List<PanelMember> build(OpenRound cmd, List<Level> targets, List<Violation> problems) {
        List<Long> ids = cmd.panelUserIds();
        if (ids.size() < ReviewRound.MIN_PANEL || ids.size() > ReviewRound.MAX_PANEL) {
            problems.add(new Violation("panelUserIds", "评审专家组须由 " + ReviewRound.MIN_PANEL + " 至 "
                    + ReviewRound.MAX_PANEL + " 名专家组成, 当前为 " + ids.size() + " 名"));
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            problems.add(new Violation("panelUserIds", "评审专家组中有重复的专家"));
        }
        if (!ids.contains(cmd.leaderUserId())) {
            problems.add(new Violation("leaderUserId", "组长须是评审专家组成员"));
        }
        Map<Long, UserAccount> found = new HashMap<>();
        users.findAllById(ids).forEach(u -> found.put(u.getId(), u));
        List<PanelMember> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UserAccount u = found.get(ids.get(i));
            if (u == null || !u.getInstitutionIds().contains(cmd.institutionId())) {
                problems.add(new Violation("panelUserIds[" + i + "]", "用户 " + ids.get(i) + " 不存在或不属于本机构"));
            } else if (!u.isEnabled() || !u.getRoles().contains(Role.REVIEWER)) {
                problems.add(new Violation("panelUserIds[" + i + "]", "用户 " + u.getDisplayName() + " 不是可用的评审专家"));
            } else {
                members.add(new PanelMember(i + 1, u.getId(), u.getDisplayName(), u.getId() == cmd.leaderUserId(),
                        u.getExpertLevel(), u.getExpertTitle(),
                        PanelQualification.warning(u.getExpertLevel(), u.getExpertTitle(), targets)));
            }
        }
        return members;
    }
}
