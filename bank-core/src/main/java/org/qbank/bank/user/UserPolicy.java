package org.qbank.bank.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.springframework.stereotype.Component;

/**
 * Who may create, see and change which account, and what a valid account looks like. Only an INSPECTOR (or a
 * PLATFORM_ADMIN) may belong to several institutions; every other role belongs to exactly one.
 */
@Component
class UserPolicy {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final Set<Role> MULTI_INSTITUTION = EnumSet.of(Role.INSPECTOR, Role.PLATFORM_ADMIN);

    private final Institutions institutions;

    UserPolicy(Institutions institutions) {
        this.institutions = institutions;
    }

    void checkCreate(Actor actor, CreateUser c) {
        requireAdmin(actor, "创建用户");
        List<Violation> problems = new ArrayList<>();
        if (c.username() == null || !USERNAME.matcher(c.username()).matches()) {
            problems.add(new Violation("username", "用户名须为 3–64 位字母、数字、点、- 或 _"));
        }
        if (c.displayName() == null || c.displayName().isBlank() || c.displayName().strip().length() > 100) {
            problems.add(new Violation("displayName", "姓名不能为空, 且不超过 100 字"));
        }
        if (c.passwordHash() == null || !c.passwordHash().startsWith("{") || !c.passwordHash().contains("}")) {
            problems.add(new Violation("passwordHash", "密码须先编码为 {算法}哈希 的形式"));
        }
        if (c.roles().isEmpty()) {
            problems.add(new Violation("roles", "至少选择一个角色"));
        }
        checkGrantable(actor, c.roles(), c.institutionIds());
        membership(c.roles(), c.institutionIds(), problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    void checkGrant(Actor actor, UserAccount target, GrantAccess g) {
        requireAdmin(actor, "授权");
        checkGrantable(actor, g.roles(), g.institutionIds());
        Set<Role> roles = new HashSet<>(target.getRoles());
        roles.addAll(g.roles());
        Set<Long> ids = new HashSet<>(target.getInstitutionIds());
        ids.addAll(g.institutionIds());
        List<Violation> problems = new ArrayList<>();
        membership(roles, ids, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    /** The account holder, a PLATFORM_ADMIN, or an administrator sharing an institution; others get not-found. */
    UserAccount readable(Actor actor, UserAccount target) {
        if (target.getId() == actor.userId() || actor.has(Role.PLATFORM_ADMIN)) {
            return target;
        }
        boolean shares = target.getInstitutionIds().stream().anyMatch(actor.institutionIds()::contains);
        if (!shares) {
            throw NotFoundException.of("用户", target.getId());
        }
        requireAdmin(actor, "查看其他用户");
        return target;
    }

    /** Changing an account needs PLATFORM_ADMIN or administration of every institution the account holds. */
    UserAccount writable(Actor actor, UserAccount target) {
        readable(actor, target);
        requireAdmin(actor, "修改用户");
        if (!actor.has(Role.PLATFORM_ADMIN)) {
            if (target.getRoles().contains(Role.PLATFORM_ADMIN)) {
                throw new AccessDeniedException("机构管理员不能修改平台管理员");
            }
            if (!actor.institutionIds().containsAll(target.getInstitutionIds())) {
                throw new AccessDeniedException("该用户还属于其他机构, 请由平台管理员修改");
            }
        }
        return target;
    }

    static void requireHash(String passwordHash) {
        if (passwordHash == null || !passwordHash.startsWith("{") || !passwordHash.contains("}")) {
            throw RuleViolationException.of("passwordHash", "密码须先编码为 {算法}哈希 的形式");
        }
    }

    private void checkGrantable(Actor actor, Set<Role> roles, Set<Long> institutionIds) {
        if (!actor.has(Role.PLATFORM_ADMIN) && roles.contains(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("机构管理员不能授予平台管理员角色");
        }
        for (long id : institutionIds) {
            actor.requireInstitution(id, "机构", id);
            Institution institution = institutions.findById(id).orElseThrow(() -> NotFoundException.of("机构", id));
            if (institution.getRetiredAt() != null) {
                throw RuleViolationException.of("institutionIds", "机构已停用: " + institution.getCode());
            }
        }
    }

    private static void membership(Set<Role> roles, Set<Long> institutionIds, List<Violation> problems) {
        boolean needsInstitution = roles.stream().anyMatch(r -> r != Role.PLATFORM_ADMIN);
        if (needsInstitution && institutionIds.isEmpty()) {
            problems.add(new Violation("institutionIds", "请选择所属机构"));
        }
        if (institutionIds.size() > 1 && !MULTI_INSTITUTION.containsAll(roles)) {
            problems.add(new Violation("institutionIds", "只有督导检查员可以属于多个机构"));
        }
    }

    private static void requireAdmin(Actor actor, String action) {
        actor.requireRole(action, Role.INSTITUTION_ADMIN, Role.PLATFORM_ADMIN);
    }
}
