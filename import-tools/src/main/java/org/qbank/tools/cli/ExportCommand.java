package org.qbank.tools.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qbank.tools.importing.BankExport;
import org.qbank.tools.importing.BankWorkbookWriter;
import org.qbank.tools.importing.BankZipWriter;
import org.qbank.tools.storage.BankExporter;

/**
 * {@code export --institution CODE --out bank.xlsx|bank.zip [--occupation 6-31-01-03]}: the bank in the import layout;
 * a {@code .zip} also holds the pictures the 图片 column names, so it imports back as it is.
 */
public class ExportCommand implements ToolCommand {

    private final BankExporter exporter;
    private final InstitutionActors actors;

    public ExportCommand(BankExporter exporter, InstitutionActors actors) {
        this.exporter = exporter;
        this.actors = actors;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --institution <机构代码> --out <file.xlsx|file.zip> [--occupation <职业编码>]";
    }

    @Override
    public int run(Arguments args, Console console) throws Exception {
        InstitutionActors.Scoped scoped = actors.forCode(args.required("institution"));
        Path out = Path.of(args.required("out"));
        console.say("读取题库 …");
        BankExport bank = exporter.export(scoped.actor(), scoped.institutionId(), args.option("occupation"));
        int[] rows = {0};
        boolean zip = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
        try (OutputStream o = Files.newOutputStream(out)) {
            if (zip) {
                new BankZipWriter().write(bank, o, n -> rows[0] = n);
            } else {
                new BankWorkbookWriter().write(bank, o, n -> rows[0] = n);
            }
        }
        long items = count(bank.theoryItems()) + count(bank.skillTasks());
        console.say("已导出 " + items + " 道试题和 " + count(bank.knowledge()) + " 个细目表节点到 " + out);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", true);
        result.put("file", out.toString());
        result.put("items", items);
        result.put("knowledgeNodes", count(bank.knowledge()));
        console.result(result);
        return ExitCode.OK;
    }

    private static long count(Iterable<?> rows) {
        long n = 0;
        for (Object ignored : rows) {
            n++;
        }
        return n;
    }
}
