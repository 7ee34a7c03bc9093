package org.qbank.bank.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Texts;
import org.qbank.bank.hash.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts. A PLATFORM_ADMIN creates institution administrators (and any other account); an INSTITUTION_ADMIN
 * manages the accounts of their own institution(s) and can never grant PLATFORM_ADMIN. Accounts of another
 * institution are reported as not found. Every change is audited in the chain of each institution the account
 * belongs to (chain 0 for platform-only accounts). Accounts are disabled, never deleted.
 */
@Service
public class UserService {

    private final Users users;
    private final UserPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    public UserService(Users users, UserPolicy policy, AuditLog audit, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserInfo create(Actor actor, CreateUser command) {
        policy.checkCreate(actor, command);
        if (users.existsByUsername(command.username())) {
            throw new ConflictException("duplicate-username", "用户名已存在: " + command.username());
        }
        UserAccount account = new UserAccount(command.username(), command.displayName().strip(),
                command.passwordHash(), command.roles(), command.institutionIds(), clock.instant());
        account.setExpertQualification(command.expertLevel(), Texts.optional(command.expertTitle()));
        users.saveAndFlush(account);
        record(account, actor, "USER_CREATED", null, "创建用户 " + account.getUsername() + " 角色 " + account.getRoles());
        return UserInfo.of(account);
    }

    /** The caller's own account. */
    @Transactional(readOnly = true)
    public UserInfo me(Actor actor) {
        return UserInfo.of(users.findById(actor.userId()).orElseThrow(() -> NotFoundException.of("用户", actor.userId())));
    }

    @Transactional(readOnly = true)
    public UserInfo get(Actor actor, long userId) {
        return UserInfo.of(policy.readable(actor, load(userId)));
    }

    /** Accounts of one institution (administrators of it, or PLATFORM_ADMIN). */
    @Transactional(readOnly = true)
    public List<UserInfo> list(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("查看用户", Role.INSTITUTION_ADMIN, Role.PLATFORM_ADMIN);
        return users.findByInstitution(institutionId).stream().map(UserInfo::of).toList();
    }

    /** Every account the caller administers: all for PLATFORM_ADMIN, their institutions' for INSTITUTION_ADMIN. */
    @Transactional(readOnly = true)
    public List<UserInfo> listVisible(Actor actor) {
        actor.requireRole("查看用户", Role.INSTITUTION_ADMIN, Role.PLATFORM_ADMIN);
        return users.findAllByOrderByUsername().stream()
                .filter(u -> actor.has(Role.PLATFORM_ADMIN) || u.getInstitutionIds().stream().anyMatch(actor.institutionIds()::contains))
                .map(UserInfo::of).toList();
    }

    @Transactional
    public UserInfo disable(Actor actor, long userId) {
        UserAccount account = policy.writable(actor, load(userId));
        if (account.getId() == actor.userId()) {
            throw RuleViolationException.of("userId", "不能停用自己的账号");
        }
        return change(actor, account, "USER_DISABLED", "停用账号", UserAccount::disable);
    }

    @Transactional
    public UserInfo enable(Actor actor, long userId) {
        return change(actor, policy.writable(actor, load(userId)), "USER_ENABLED", "启用账号", UserAccount::enable);
    }

    /** Adds roles and institutions; the resulting account must still satisfy the membership rules. */
    @Transactional
    public UserInfo grant(Actor actor, long userId, GrantAccess command) {
        UserAccount account = policy.readable(actor, load(userId));
        policy.checkGrant(actor, account, command);
        return change(actor, account, "USER_GRANTED", "授予 " + command.roles() + " 机构 " + command.institutionIds(), a -> {
            command.roles().forEach(a::grant);
            command.institutionIds().forEach(a::addInstitution);
        });
    }

    /** Sets a reviewer's own 等级 and professional title, which decide the levels they may review. */
    @Transactional
    public UserInfo qualify(Actor actor, long userId, Level expertLevel, String expertTitle) {
        return change(actor, policy.writable(actor, load(userId)), "USER_QUALIFIED", "专家资格 " + expertLevel + " " + expertTitle,
                a -> a.setExpertQualification(expertLevel, Texts.optional(expertTitle)));
    }

    /** Replaces the password hash: the account holder, or an administrator who may write the account. */
    @Transactional
    public void changePasswordHash(Actor actor, long userId, String passwordHash) {
        UserAccount account = load(userId);
        if (account.getId() != actor.userId()) {
            policy.writable(actor, account);
        }
        UserPolicy.requireHash(passwordHash);
        change(actor, account, "USER_PASSWORD_CHANGED", "修改密码", a -> a.changePasswordHash(passwordHash));
    }

    /** For sign-in only: the stored account by user name, enabled or not. */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findLogin(String username) {
        return users.findByUsername(username).map(LoginAccount::of);
    }

    @Transactional(readOnly = true)
    public boolean platformAdminExists() {
        return users.existsWithRole(Role.PLATFORM_ADMIN);
    }

    /**
     * Creates the first PLATFORM_ADMIN from configuration; does nothing when one exists already.
     * Returns the account when it was created.
     */
    @Transactional
    public Optional<UserInfo> bootstrapPlatformAdmin(String username, String displayName, String passwordHash) {
        if (platformAdminExists()) {
            return Optional.empty();
        }
        Actor system = Actor.system("bootstrap", Set.of());
        return Optional.of(create(system, new CreateUser(username, displayName, passwordHash,
                Set.of(Role.PLATFORM_ADMIN), Set.of(), null, null)));
    }

    private UserInfo change(Actor actor, UserAccount account, String action, String detail,
                            java.util.function.Consumer<UserAccount> mutation) {
        String before = contentHash(account);
        mutation.accept(account);
        users.saveAndFlush(account);
        record(account, actor, action, before, detail);
        return UserInfo.of(account);
    }

    private void record(UserAccount account, Actor actor, String action, String beforeHash, String detail) {
        Set<Long> chains = account.getInstitutionIds().isEmpty() ? Set.of(0L) : account.getInstitutionIds();
        for (long chain : chains.stream().sorted().toList()) {
            audit.record(AuditEvent.of(chain, actor, action, "user", account.getId())
                    .withVersion((int) account.getVersion()).withHashes(beforeHash, contentHash(account)).withDetail(detail));
        }
    }

    private UserAccount load(long userId) {
        return users.findById(userId).orElseThrow(() -> NotFoundException.of("用户", userId));
    }

    /** Hash of what the account grants; the password hash is left out on purpose. */
    private static String contentHash(UserAccount u) {
        return Sha256.hex(String.join("\u001f", u.getUsername(), u.getDisplayName(), String.valueOf(u.isEnabled()),
                u.getRoles().stream().map(Enum::name).sorted().toList().toString(),
                u.getInstitutionIds().stream().sorted().toList().toString(),
                String.valueOf(u.getExpertLevel()), String.valueOf(u.getExpertTitle())));
    }
}
