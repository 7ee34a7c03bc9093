package org.qbank.portal.paper;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.CreateInstitution;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.plan.AddSession;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.ChangePlan;
import org.qbank.bank.plan.CreateBatch;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.PlanEdit;
import org.qbank.bank.plan.PlanFilingService;
import org.qbank.bank.plan.SessionDetails;
import org.qbank.bank.plan.StaffMember;
import org.qbank.bank.plan.StaffRole;
import org.qbank.bank.plan.SubmitPlan;

/**
 * A fresh institution and occupation, and approved batches whose one session starts two hours from now (filed
 * late with a reason, which the demo profile accepts), so that its draw window is open at once — or at a given
 * time, filed on time; polling a job.
 */
public record SessionsInTwoHours(InstitutionService institutions, OccupationService occupations,
                          BatchService batches, ExamPlanService plans, PlanFilingService filing, Clock clock) {

    public long institution() {
        String code = "ap" + UUID.randomUUID().toString().substring(0, 8);
        return institutions.create(Actor.system("test", Set.of()),
                new CreateInstitution(code, "接口测试机构 " + code, Institution.Kind.EMPLOYER, null)).id();
    }

    public Occupation occupation(String name) {
        String code;
        do {
            code = String.format("6-%02d-%02d-%02d", (int) (Math.random() * 100), (int) (Math.random() * 100),
                    (int) (Math.random() * 100));
        } while (occupations.find(OccupationCode.of(code)).isPresent());
        return occupations.getOrCreate(Actor.system("test", Set.of()), OccupationCode.of(code), name);
    }

    /** The id of session "S1" (三级, {@code subject}) of a new approved batch, starting two hours from now. */
    public long session(Actor admin, long institution, Occupation occupation, Subject subject) {
        Instant start = clock.instant().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        return session(admin, institution, occupation, subject, start, "测试: 场次在两小时后开始");
    }

    /**
     * As {@link #session(Actor, long, Occupation, Subject)}, starting at {@code start}; a null {@code lateReason}
     * files on time, which needs {@code start} far enough ahead of the clock for the filing deadline.
     */
    public long session(Actor admin, long institution, Occupation occupation, Subject subject, Instant start,
                        String lateReason) {
        BatchView b = batches.create(admin, new CreateBatch(institution, "AP" + System.nanoTime(),
                occupation.getCode().value(), null, Set.of(Level.THREE), Set.of(subject)));
        SessionDetails details = new SessionDetails("S1", start, 120, "第一考场", 5, Level.THREE, subject);
        long session = batches.addSession(admin, new AddSession(b.id(),
                subject == Subject.SKILL ? details.withWorkstations(5) : details)).id();
        List<StaffMember> staff = new ArrayList<>();
        staff.add(new StaffMember(StaffRole.CHIEF, "王考务", null, "考务负责人", null, null, false));
        if (subject == Subject.SKILL) {
            staff.add(StaffMember.examiner("钱考评", "S1", "G1", true));
            staff.add(StaffMember.examiner("孙考评", "S1", "G1", false));
            staff.add(StaffMember.examiner("周考评", "S1", "G1", false));
        } else {
            staff.add(StaffMember.proctor("李监考", "S1"));
            staff.add(StaffMember.proctor("赵监考", "S1"));
        }
        staff.add(new StaffMember(StaffRole.SUPERVISOR, "郑督导", "DD-01", "质量督导员", null, null, false));
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetStaff(staff)));
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetSite("实训中心", "省职业技能鉴定中心 批准")));
        filing.submit(admin, new SubmitPlan(b.id(), lateReason));
        filing.approve(admin, b.id(), "同意");
        return session;
    }

    /** Polls an assembly job as a client would until it leaves QUEUED and SOLVING (two minutes at most); its state. */
    static String awaitJob(org.springframework.test.web.servlet.MockMvc mvc,
                           org.springframework.test.web.servlet.request.RequestPostProcessor who, String job)
            throws Exception {
        String state = "QUEUED";
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while ((state.equals("QUEUED") || state.equals("SOLVING")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = com.jayway.jsonpath.JsonPath.read(mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/assembly-jobs/" + job)
                            .with(who)).andReturn().getResponse().getContentAsString(), "$.state");
        }
        return state;
    }
}
