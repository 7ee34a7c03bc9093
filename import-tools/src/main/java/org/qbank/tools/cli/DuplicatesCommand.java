package org.qbank.tools.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qbank.bank.common.Level;
import org.qbank.bank.search.DuplicateClass;
import org.qbank.bank.search.DuplicateSweep;
import org.qbank.bank.search.SearchDocument;
import org.qbank.bank.search.SearchSource;
import org.qbank.tools.duplicates.DuplicateReportWorkbook;

/**
 * {@code duplicates --institution CODE --out report.xlsx [--occupation 6-31-01-03] [--level 3]}: 题库查重 as a
 * workbook. It reads the search index the portal keeps (this process never writes it), so items imported a moment
 * ago appear once the portal has caught up with them.
 */
public class DuplicatesCommand implements ToolCommand {

    private final DuplicateSweep sweep;
    private final SearchSource items;
    private final InstitutionActors actors;

    public DuplicatesCommand(DuplicateSweep sweep, SearchSource items, InstitutionActors actors) {
        this.sweep = sweep;
        this.items = items;
        this.actors = actors;
    }

    @Override
    public String name() {
        return "duplicates";
    }

    @Override
    public String usage() {
        return "duplicates --institution <机构代码> --out <file.xlsx> [--occupation <职业编码>] [--level <1-5 或 三级>]";
    }

    @Override
    public int run(Arguments args, Console console) throws Exception {
        InstitutionActors.Scoped scoped = actors.forCode(args.required("institution"));
        Path out = Path.of(args.required("out"));
        Level level = level(args.option("level"));
        console.say("查重中 …");
        DuplicateSweep.Result result = sweep.sweep(scoped.actor(),
                new DuplicateSweep.Scope(scoped.institutionId(), args.option("occupation"), level));
        Map<Long, SearchDocument> docs = new HashMap<>();
        result.groups().forEach(g -> g.items().forEach(id -> items.load(id).ifPresent(d -> docs.put(id, d))));
        try (OutputStream o = Files.newOutputStream(out)) {
            new DuplicateReportWorkbook().write(scoped.name(), result, docs, o);
        }
        console.say("检查 " + result.items() + " 道试题: 重复 " + result.count(DuplicateClass.DUPLICATE) + " 对, 变体 "
                + result.count(DuplicateClass.VARIANT) + " 对, 疑似改写 " + result.count(DuplicateClass.POSSIBLE_REWORDING)
                + " 对, 共 " + result.groups().size() + " 组; 已写入 " + out);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", true);
        json.put("file", out.toString());
        json.put("items", result.items());
        json.put("pairs", result.pairs().size());
        json.put("groups", result.groups().size());
        console.result(json);
        return ExitCode.OK;
    }

    /** The level as a user writes it (3, 三级, 高级工 …), through {@link Level#parse}. */
    private static Level level(String value) {
        return value == null ? null : Level.parse(value).orElseThrow(() -> new UsageException(
                "--level 无法识别: " + value + " (可写 1–5、三级或高级工)"));
    }
}
