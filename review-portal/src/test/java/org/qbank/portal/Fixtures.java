package org.qbank.portal;

import java.math.BigDecimal;
import java.time.Clock;
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
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationInfo;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.PlanFilingService;
import org.qbank.bank.user.CreateUser;
import org.qbank.bank.user.UserInfo;
import org.qbank.bank.user.UserService;
import org.qbank.portal.browser.SmallBank;
import org.qbank.portal.paper.SessionsInTwoHours;
import org.qbank.portal.security.QbankUser;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates real institutions, accounts, 细目表 and items through the bank-core services, each with unique codes (the
 * {@link SmallBank} content excepted, which is the same for every institution).
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final Actor SYSTEM = Actor.system("test", Set.of());

    private final InstitutionService institutions;
    private final UserService users;
    private final OccupationService occupations;
    private final KnowledgeTreeService trees;
    private final ItemService items;
    private final SessionsInTwoHours sessions;
    private final String passwordHash;

    public Fixtures(InstitutionService institutions, UserService users, OccupationService occupations,
                    KnowledgeTreeService trees, ItemService items, BatchService batches, ExamPlanService plans,
                    PlanFilingService filing, Clock clock, PasswordEncoder encoder) {
        this.institutions = institutions;
        this.users = users;
        this.occupations = occupations;
        this.trees = trees;
        this.items = items;
        this.sessions = new SessionsInTwoHours(institutions, occupations, batches, plans, filing, clock);
        this.passwordHash = encoder.encode(PASSWORD);
    }

    public long institution() {
        String code = "i" + unique();
        return institutions.create(SYSTEM, new CreateInstitution(code, "测试机构 " + code, Institution.Kind.EMPLOYER, null)).id();
    }

    /** A fresh occupation with a random, unused 职业编码. */
    public OccupationInfo occupation() {
        String code = unusedOccupationCode();
        return occupations.create(SYSTEM, OccupationCode.of(code), "测试职业 " + code);
    }

    /** A random 职业编码 no occupation has yet. */
    public String unusedOccupationCode() {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String code = String.format("%d-%02d-%02d-%02d", r.nextInt(1, 9), r.nextInt(100), r.nextInt(100), r.nextInt(100));
            if (occupations.list().stream().noneMatch(o -> o.code().equals(code))) {
                return code;
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

    /** {@link SmallBank}'s 细目表 (电工 三级 理论知识, ten 鉴定点), imported for the institution by {@code admin}. */
    public KnowledgeTreeView smallBank(Actor admin, long institution) {
        return SmallBank.tree(trees, admin, institution);
    }

    /** Items waiting for review: one submitted 单选题 per stem, on the first 鉴定点s of a {@link SmallBank} tree. */
    public List<ItemView> submittedItems(KnowledgeTreeView tree, Actor writer, String... stems) {
        return SmallBank.submittedItems(items, occupations, tree, writer, List.of(stems));
    }

    /** One approved 单选题 per 鉴定点 of a {@link SmallBank} tree, written by one account, approved by another. */
    public void approvedItems(KnowledgeTreeView tree, Actor writer, Actor reviewer) {
        SmallBank.approvedItems(items, occupations, tree, writer, reviewer);
    }

    /** A 草稿 of the tree's occupation, level and subject, filed under its 鉴定点 {@code point}. */
    public ItemView draft(Actor writer, KnowledgeTreeView tree, long point, ItemType type, ItemContent content) {
        long occupationId = occupations.find(OccupationCode.of(tree.occupationCode())).orElseThrow().getId();
        return items.create(writer, new CreateItem(tree.institutionId(), null, occupationId, null, tree.level(),
                tree.subject(), type, point, null, "自建", null, content, null));
    }

    /** Approved batches with one session each, on the context's clock. */
    public SessionsInTwoHours sessions() {
        return sessions;
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
