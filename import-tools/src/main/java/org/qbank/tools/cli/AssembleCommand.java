package org.qbank.tools.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;

/**
 * {@code assemble --institution CODE --blueprint bp.json --out dir [--papers N] [--session ID] [--seed S]
 * [--time-limit SECONDS]}: assembles theory papers from the approved items with the solver, saves them, writes each as
 * .docx with its answer key, and prints them (JSON with --json). A skill blueprint (a file with {@code modules})
 * gives one skill paper printed as 准备通知单, 试题单 and 评分记录表. Without {@code --session} the papers stay unissued
 * drafts and every page is marked 样卷·未发放; with it the (single) paper is issued to that session, which re-checks
 * reuse and overlap inside the issuing transaction.
 */
public class AssembleCommand implements ToolCommand {

    static final String SAMPLE_MARK = "样卷·未发放";

    private final InstitutionActors actors;
    private final OccupationService occupations;
    private final BankInputs inputs;
    private final PaperService papers;
    private final SessionDrawService draws;
    private final PaperPrinter printer;
    private final SkillPaperPrinter skillPrinter;

    public AssembleCommand(InstitutionActors actors, OccupationService occupations, BankInputs inputs,
                           PaperService papers, SessionDrawService draws, PaperPrinter printer,
                           SkillPaperPrinter skillPrinter) {
        this.skillPrinter = skillPrinter;
        this.draws = draws;
        this.actors = actors;
        this.occupations = occupations;
        this.inputs = inputs;
        this.papers = papers;
        this.printer = printer;
    }

    @Override
    public String name() {
        return "assemble";
    }

    @Override
    public String usage() {
        return "assemble --institution <机构代码> --blueprint <组卷方案.json> --out <目录> [--papers N] [--session <场次ID>] [--seed S] [--time-limit 秒]";
    }

    @Override
    public int run(Arguments args, Console console) throws Exception {
        InstitutionActors.Scoped scoped = actors.forCode(args.required("institution"));
        Path file = Path.of(args.required("blueprint"));
        if (BlueprintFile.isSkill(file)) {
            return runSkill(args, console, scoped, BlueprintFile.readSkill(file).toBlueprint());
        }
        Blueprint blueprint = BlueprintFile.read(file).toBlueprint();
        Path out = Files.createDirectories(Path.of(args.required("out")));
        int count = Integer.parseInt(args.options().getOrDefault("papers", "1"));
        Long session = args.option("session") == null ? null : Long.parseLong(args.option("session"));
        if (session != null && count != 1) {
            throw new UsageException("指定 --session 时只能组一套试卷");
        }
        Occupation occupation = occupations.find(OccupationCode.of(blueprint.occupationCode()))
                .orElseThrow(() -> new UsageException("没有职业 " + blueprint.occupationCode()));
        // The same boundary the portal uses: 细目表, approved items and the earlier papers in the look-back.
        AssemblyRequest request = inputs.request(scoped.actor(), scoped.institutionId(), blueprint, count,
                Long.parseLong(args.options().getOrDefault("seed", "1")));
        console.say("候选试题 " + request.items().size() + " 道，往期试卷 " + request.earlierPapers().size() + " 套，组卷中 …");
        AssemblyOutcome outcome = PaperAssembler.assemble(request,
                AssemblyOptions.firstFeasible(Duration.ofSeconds(Long.parseLong(args.options().getOrDefault("time-limit", "60")))));
        if (!outcome.assembled()) {
            return refused(console, outcome);
        }
        List<Map<String, Object>> printed = new ArrayList<>();
        for (int i = 0; i < outcome.papers().size(); i++) {
            AssembledPaper assembled = outcome.papers().get(i);
            long id = papers.saveDraft(scoped.actor(), NewPaper.of(scoped.institutionId(), blueprint, assembled));
            // Issuing goes through the session rules (approved batch, draw window, one paper per level and subject).
            Paper paper = session == null ? papers.find(scoped.actor(), id) : draws.issueDraft(scoped.actor(), session, id);
            String mark = session == null ? SAMPLE_MARK : null;
            String stem = "paper-" + id + "-" + assembled.fingerprint().hex().substring(0, 8);
            Path docx = out.resolve(stem + ".docx");
            Path key = out.resolve(stem + "-答案.docx");
            try (OutputStream p = Files.newOutputStream(docx); OutputStream k = Files.newOutputStream(key)) {
                Map<Long, String> orders = new java.util.HashMap<>();
                paper.items().stream().filter(q -> q.optionOrder() != null)
                        .forEach(q -> orders.put(q.itemId(), q.optionOrder()));
                printer.print(scoped.actor(), blueprint, occupation.getName(), assembled, session, mark, orders, p, k);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("paperId", id);
            m.put("status", paper.status().name());
            m.put("fingerprint", assembled.fingerprint().hex());
            m.put("items", assembled.items().stream().map(PickedItem::itemCode).toList());
            m.put("docx", docx.toString());
            m.put("answerKey", key.toString());
            printed.add(m);
            console.say("试卷 " + id + "（" + paper.status().displayName() + "）指纹 " + assembled.fingerprint().hex() + " → " + docx);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", true);
        result.put("papers", printed);
        console.result(result);
        return ExitCode.OK;
    }

    private static int refused(Console console, AssemblyOutcome outcome) {
        outcome.explanation().forEach(console::say);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", false);
        result.put("explanation", outcome.explanation());
        console.result(result);
        return ExitCode.VIOLATION;
    }

    /**
     * A skill blueprint: one skill paper, kept as a draft (or issued to {@code --session}) with each task's 配分,
     * and printed as its 准备通知单, 试题单 and 评分记录表.
     */
    private int runSkill(Arguments args, Console console, InstitutionActors.Scoped scoped, SkillBlueprint blueprint)
            throws Exception {
        Path out = Files.createDirectories(Path.of(args.required("out")));
        if (!"1".equals(args.options().getOrDefault("papers", "1"))) {
            throw new UsageException("操作技能组卷方案每次只组一套试卷");
        }
        Long session = args.option("session") == null ? null : Long.parseLong(args.option("session"));
        Occupation occupation = occupations.find(OccupationCode.of(blueprint.occupationCode()))
                .orElseThrow(() -> new UsageException("没有职业 " + blueprint.occupationCode()));
        SkillRequest request = inputs.skillRequest(scoped.actor(), scoped.institutionId(), blueprint,
                Long.parseLong(args.options().getOrDefault("seed", "1")));
        console.say("候选操作技能试题 " + request.tasks().size() + " 道，往期试卷 " + request.earlierPapers().size() + " 套，组卷中 …");
        AssemblyOutcome outcome = SkillAssembler.assemble(request,
                AssemblyOptions.firstFeasible(Duration.ofSeconds(Long.parseLong(args.options().getOrDefault("time-limit", "60")))));
        if (!outcome.assembled()) {
            return refused(console, outcome);
        }
        AssembledPaper assembled = outcome.papers().get(0);
        long id = papers.saveDraft(scoped.actor(), NewPaper.ofSkill(scoped.institutionId(), blueprint, assembled));
        Paper paper = session == null ? papers.find(scoped.actor(), id) : draws.issueDraft(scoped.actor(), session, id);
        String stem = "paper-" + id + "-" + assembled.fingerprint().hex().substring(0, 8);
        List<Path> docs = skillPrinter.print(scoped.actor(), paper, occupation.getName(),
                session == null ? null : "场次 " + session, session == null ? SAMPLE_MARK : null, out, stem);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paperId", id);
        m.put("status", paper.status().name());
        m.put("fingerprint", assembled.fingerprint().hex());
        m.put("items", assembled.items().stream().map(PickedItem::itemCode).toList());
        // 配分 as stored with the paper, in item order (by the 技能要求权重表)
        m.put("points", paper.items().stream().map(i -> i.points()).toList());
        m.put("preparation", docs.get(0).toString());
        m.put("taskSheet", docs.get(1).toString());
        m.put("scoreSheet", docs.get(2).toString());
        console.say("操作技能试卷 " + id + "（" + paper.status().displayName() + "）指纹 " + assembled.fingerprint().hex()
                + " → " + docs.get(1));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", true);
        result.put("papers", List.of(m));
        console.result(result);
        return ExitCode.OK;
    }
}
