package org.qbank.portal.demo;

import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.institution.CreateInstitution;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.InstitutionInfo;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: an institution with one account per role and original demo content, created on
 * first start and left alone afterwards. Generated passwords are printed once, in one table.
 */
@Component
@Profile("demo")
@Order(-10)
class DemoSeeder implements ApplicationRunner {

    static final String INSTITUTION_CODE = "demo";
    static final String FILED_SITE = "演示考点 (虚构)";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final InstitutionService institutions;
    private final DemoUsers users;
    private final DemoBank bank;
    private final UserService accounts;
    private final DemoExam exam;
    private final DemoReview review;
    private final DemoSkill skill;
    private final DemoSignIn signIn;

    DemoSeeder(InstitutionService institutions, DemoUsers users, DemoBank bank, UserService accounts, DemoExam exam,
               DemoReview review, DemoSkill skill, DemoSignIn signIn) {
        this.signIn = signIn;
        this.exam = exam;
        this.skill = skill;
        this.review = review;
        this.institutions = institutions;
        this.users = users;
        this.bank = bank;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    List<DemoUsers.Outcome> seed() {
        InstitutionInfo institution = institution();
        Actor system = Actor.system("demo", Set.of(institution.id()));
        List<DemoUsers.Outcome> outcomes = users.ensure(system, institution.id(), DemoUsers.SPECS);
        DemoBank.Crew crew = new DemoBank.Crew(actor("demo-writer1"), actor("demo-writer2"), actor("demo-reviewer2"),
                actor("demo-exam"));
        DemoBank.Outcome content = bank.ensure(institution.id(), crew);
        log.info(DemoTable.render(institution, outcomes, content, signIn.loginUrl()));
        DemoBatches.Filed seeded = exam.ensure(institution.id(), actor("demo-exam"), actor("demo-admin"));
        log.info("演示考试: 组卷方案「{}」, 已批准批次 {} 的场次 T1 于 {} 开考, 抽卷窗口已开放 (考务管理员 demo-exam → 抽卷)",
                DemoExam.BLUEPRINT, seeded.code(), seeded.sessionStart());
        DemoBatches.Filed skilled = skill.ensure(institution.id(), crew, actor("demo-admin"));
        log.info("演示操作技能: 组卷方案「{}」, 已批准批次 {} 的操作技能场次 J1 于 {} 开考, 抽卷窗口已开放 (抽卷 → 操作技能试卷)",
                DemoSkill.BLUEPRINT, skilled.code(), skilled.sessionStart());
        review.ensure(institution.id(), actor("demo-exam"),
                DemoReview.PANEL.stream().map(u -> actor(u).userId()).toList()).ifPresent(r -> log.info(
                "演示评审: 第 {} 轮, {} 道待审试题, 专家组 {} (组长 {}); 以评审专家登录 → 我的评审, 组长最后签字并下载专家评审意见表",
                r.id(), r.itemCounts().values().stream().mapToLong(Long::longValue).sum(),
                String.join("、", DemoReview.PANEL), DemoReview.PANEL.get(0)));
        return outcomes;
    }

    private Actor actor(String username) {
        return accounts.findLogin(username).orElseThrow().actor();
    }

    InstitutionInfo institution() {
        Actor system = Actor.system("demo", Set.of());
        return institutions.list(system).stream().filter(i -> i.code().equals(INSTITUTION_CODE)).findFirst()
                .orElseGet(() -> institutions.create(system, new CreateInstitution(INSTITUTION_CODE,
                        "示范职业技能等级认定中心 (演示)", Institution.Kind.TRAINING_ORG, FILED_SITE)));
    }
}
