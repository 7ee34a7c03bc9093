package org.qbank.portal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.CreateInstitution;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationInfo;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.user.CreateUser;
import org.qbank.bank.user.UserInfo;
import org.qbank.bank.user.UserService;
import org.qbank.portal.security.QbankUser;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates real institutions and accounts through the bank-core services, each with unique codes. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final Actor SYSTEM = Actor.system("test", Set.of());

    private final InstitutionService institutions;
    private final UserService users;
    private final OccupationService occupations;
    private final KnowledgeTreeService trees;
    private final String passwordHash;

    public Fixtures(InstitutionService institutions, UserService users, OccupationService occupations,
                    KnowledgeTreeService trees, PasswordEncoder encoder) {
        this.institutions = institutions;
        this.users = users;
        this.occupations = occupations;
        this.trees = trees;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    public long institution() {
        String code = "i" + unique();
        return institutions.create(SYSTEM, new CreateInstitution(code, "测试机构 " + code, Institution.Kind.EMPLOYER, null)).id();
    }

    /** A fresh occupation with a random, unused 职业编码. */
    public OccupationInfo occupation() {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String code = String.format("%d-%02d-%02d-%02d", r.nextInt(1, 9), r.nextInt(100), r.nextInt(100), r.nextInt(100));
            if (occupations.list().stream().noneMatch(o -> o.code().equals(code))) {
                return occupations.create(SYSTEM, OccupationCode.of(code), "测试职业 " + code);
            }
        }
    }

    /**
     * A 鉴定点 to file items under: imports (or re-imports, unchanged) the institution's small 细目表 for the
     * occupation, level and subject — 鉴定范围 A, 鉴定点 — and returns the id of A-001.
     */
    public long point(long institution, String occupationCode, Level level, Subject subject) {
        Actor admin = new Actor(1, "fixtures", Set.of(Role.INSTITUTION_ADMIN), Set.of(institution));
        List<KnowledgeRow> rows = List.of(
                new KnowledgeRow(occupationCode, null, null, level.grade(), subject.displayName(), "A", "基础知识", new BigDecimal("100"), null),
                new KnowledgeRow(occupationCode, null, null, level.grade(), subject.displayName(), "A-001", "安全用电", null, "X"),
                new KnowledgeRow(occupationCode, null, null, level.grade(), subject.displayName(), "A-002", "电工仪表", null, "X"));
        long treeId = trees.importTrees(admin, ImportKnowledgeTrees.of(institution, rows)).get(0).treeId();
        return trees.get(admin, treeId).node("A-001").orElseThrow().id();
    }

    /** The 鉴定点 A-001 of the institution's 三级 理论知识 细目表 for the occupation (see the four-argument form). */
    public long point(long institution, String occupationCode) {
        return point(institution, occupationCode, Level.THREE, Subject.THEORY);
    }

    public UserInfo account(Role role, Long... institutionIds) {
        return users.create(SYSTEM, new CreateUser("u" + unique(), "测试 " + role.displayName(), passwordHash,
                Set.of(role), Set.of(institutionIds), null, null));
    }

    /** A signed-in principal for {@code .with(user(..))}. */
    public QbankUser user(Role role, Long... institutionIds) {
        return principal(account(role, institutionIds));
    }

    public QbankUser principal(UserInfo account) {
        var login = users.findLogin(account.username()).orElseThrow();
        return new QbankUser(login.actor(), login.displayName(), login.passwordHash(), login.enabled());
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
