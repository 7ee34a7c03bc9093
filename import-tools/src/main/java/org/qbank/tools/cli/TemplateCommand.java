package org.qbank.tools.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.qbank.tools.importing.TemplateWriter;

/** {@code template --out 题库模板.xlsx}: the blank bank workbook with drop-downs. Needs no database. */
public final class TemplateCommand implements ToolCommand {

    @Override
    public String name() {
        return "template";
    }

    @Override
    public String usage() {
        return "template --out <file.xlsx>";
    }

    @Override
    public int run(Arguments args, Console console) throws Exception {
        Path out = Path.of(args.required("out"));
        try (OutputStream o = Files.newOutputStream(out)) {
            new TemplateWriter().write(o);
        }
        console.say("已生成空白模板: " + out);
        console.result(Map.of("ok", true, "file", out.toString()));
        return ExitCode.OK;
    }
}
