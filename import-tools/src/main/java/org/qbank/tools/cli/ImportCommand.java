package org.qbank.tools.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qbank.bank.common.Level;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.DuplicateFindings;
import org.qbank.tools.importing.ImportReport;
import org.qbank.tools.importing.ImportProblem;
import org.qbank.tools.importing.LayoutDefaults;
import org.qbank.tools.importing.ReportJson;
import org.qbank.tools.normalize.Levels;
import org.qbank.tools.storage.BankImports;
import org.qbank.tools.workbook.CsvRowSource;
import org.qbank.tools.workbook.InputLimits;
import org.qbank.tools.workbook.UnreadableInputException;

/**
 * {@code import <file> --institution CODE [--dry-run] [--report r.json] [--errors e.xlsx]} and, for other layouts,
 * {@code --occupation 6-31-01-03 --level 三级 [--work-type …] --chapters 章节映射.csv}. Exit 1 when the file is rejected.
 */
public class ImportCommand implements ToolCommand {

    private final BankWorkbookReader reader = new BankWorkbookReader();
    private final BankImports imports;
    private final InstitutionActors actors;

    /**
     * {@code imports} and {@code actors} may be null for a dry run without a database (validation only); with them a
     * dry run also checks for duplicates in the bank.
     */
    public ImportCommand(BankImports imports, InstitutionActors actors) {
        this.imports = imports;
        this.actors = actors;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import <file.xlsx|.csv|.zip> --institution <机构代码> [--dry-run] [--report <r.json>] [--errors <e.xlsx>] "
                + "[--occupation <职业编码> --level <等级> --work-type <工种> --chapters <章节映射.csv>]";
    }

    @Override
    public int run(Arguments args, Console console) throws Exception {
        Path file = Path.of(args.single("文件"));
        boolean dryRun = args.flag("dry-run");
        String institution = dryRun ? args.option("institution") : args.required("institution");
        ImportOptions options = new ImportOptions(InputLimits.DEFAULT, defaults(args));
        console.say("读取 " + file + " …");
        BankImports.Result result;
        if (imports == null) {
            // A dry run without a database: validation only, no duplicate check against a bank.
            result = new BankImports.Result(reader.read(file, options), DuplicateFindings.none(), null);
        } else {
            InstitutionActors.Scoped scoped = actors.forCode(institution);
            result = imports.run(scoped.actor(), scoped.institutionId(), file, options, true, !dryRun,
                    (done, total) -> console.progress("写入", done, total));
        }
        ImportReport report = result.report();
        if (args.option("report") != null) {
            try (OutputStream o = Files.newOutputStream(Path.of(args.option("report")))) {
                ReportJson.write(report, result.duplicates(), o);
            }
        }
        if (args.option("errors") != null && !report.problems().isEmpty()) {
            try (OutputStream o = Files.newOutputStream(Path.of(args.option("errors")))) {
                reader.writeErrorCopy(file, report, options, o);
            }
            console.say("带错误列的工作簿: " + args.option("errors"));
        }
        Map<String, Object> json = new LinkedHashMap<>(ReportJson.toMap(report, result.duplicates()));
        json.put("stored", result.stored());
        if (!result.accepted()) {
            report.errors().stream().limit(200).forEach(p -> console.say("错误 " + p.describe()));
            console.say("共 " + report.errors().size() + " 个错误，整个文件未导入。");
            console.result(json);
            return ExitCode.VIOLATION;
        }
        report.warnings().stream().limit(50).map(ImportProblem::describe).forEach(w -> console.say("警告 " + w));
        console.say("校验通过: 细目表 " + report.knowledgeRows() + " 行，理论试题 " + report.theoryItems()
                + " 道，技能试题 " + report.skillTasks() + " 道。");
        if (imports != null) {
            DuplicateFindings d = result.duplicates();
            console.say(String.format("重复题检查（%.1f 秒，搜索索引中本机构试题 %d 道）: %s", d.seconds(), d.indexedItems(),
                    d.pairs().isEmpty() ? "未发现" : d.counts().toString()));
        }
        if (dryRun) {
            console.say("试运行（--dry-run），未写入数据库。");
        } else {
            console.say(result.summary().describe());
            json.put("summary", result.summary().toMap());
        }
        console.result(json);
        return ExitCode.OK;
    }

    private static LayoutDefaults defaults(Arguments args) {
        Level level = args.option("level") == null ? null : Levels.parse(args.option("level"))
                .orElseThrow(() -> new UsageException("无法识别的等级: " + args.option("level")));
        Map<String, String> chapters = new HashMap<>();
        if (args.option("chapters") != null) {
            Path map = Path.of(args.option("chapters"));
            try (CsvRowSource csv = CsvRowSource.open(map, "章节映射", InputLimits.DEFAULT)) {
                csv.read("章节映射", r -> {
                    String chapter = r.cell(0).text().strip();
                    String point = r.cell(1).text().strip();
                    if (!chapter.isEmpty() && !point.isEmpty() && !(r.number() == 1 && chapter.equals("章节"))) {
                        chapters.put(chapter, point);
                    }
                });
            } catch (UnreadableInputException e) {
                throw e;
            } catch (Exception e) {
                throw new UnreadableInputException("无法读取章节映射: " + e.getMessage(), e);
            }
        }
        return new LayoutDefaults(args.option("occupation"), args.option("work-type"), level, chapters);
    }
}
