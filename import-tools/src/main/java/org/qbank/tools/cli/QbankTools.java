package org.qbank.tools.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.qbank.bank.common.DomainException;
import org.qbank.tools.workbook.UnreadableInputException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar qbank-tools.jar <command> [options]}. Commands that need no database run without starting Spring;
 * the others start a non-web context on the portal's database settings ({@code QBANK_DB_URL} …, default the H2 file
 * {@code ./data/qbank} in AUTO_SERVER mode, so it works while the portal runs). Exit codes per {@link ExitCode}.
 */
public final class QbankTools {

    static final List<String> COMMANDS = List.of("import", "export", "template", "assemble", "verify", "duplicates");

    private QbankTools() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        Arguments args;
        try {
            args = Arguments.parse(argv);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        Console console = new Console(out, err, args.flag("json"), args.flag("quiet"));
        if (args.command() == null || args.flag("help") && args.command() == null) {
            usage(err);
            return args.command() == null && args.flag("help") ? ExitCode.OK : ExitCode.USAGE;
        }
        if (!COMMANDS.contains(args.command())) {
            err.println("未知命令: " + args.command());
            usage(err);
            return ExitCode.USAGE;
        }
        if (args.command().equals("template")) {
            return execute(new TemplateCommand(), args, console);
        }
        if (args.command().equals("import") && args.flag("dry-run")) {
            return execute(new ImportCommand(null, null), args, console);
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(ToolsApplication.class).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .properties(Map.of("spring.config.name", "qbank-tools")).run();
        } catch (RuntimeException e) {
            console.error("无法连接数据库或启动失败: " + rootMessage(e));
            console.result(Map.of("ok", false, "error", "environment", "message", rootMessage(e)));
            return ExitCode.ENVIRONMENT;
        }
        try (context) {
            ToolCommand command = context.getBeansOfType(ToolCommand.class).values().stream()
                    .filter(c -> c.name().equals(args.command())).findFirst().orElseThrow();
            return execute(command, args, console);
        }
    }

    static int execute(ToolCommand command, Arguments args, Console console) {
        try {
            return command.run(args, console);
        } catch (UsageException e) {
            console.error(e.getMessage());
            console.error("用法: qbank-tools " + command.usage());
            console.result(Map.of("ok", false, "error", "usage", "message", e.getMessage()));
            return ExitCode.USAGE;
        } catch (DomainException e) {
            console.error(e.getMessage());
            console.result(Map.of("ok", false, "error", "violation", "message", String.valueOf(e.getMessage())));
            return ExitCode.VIOLATION;
        } catch (UnreadableInputException | java.io.IOException | org.springframework.dao.DataAccessException e) {
            console.error(rootMessage(e));
            console.result(Map.of("ok", false, "error", "environment", "message", rootMessage(e)));
            return ExitCode.ENVIRONMENT;
        } catch (Exception e) {
            console.error("失败: " + rootMessage(e));
            console.result(Map.of("ok", false, "error", "environment", "message", rootMessage(e)));
            return ExitCode.ENVIRONMENT;
        }
    }

    private static void usage(PrintStream err) {
        err.println("用法: java -jar qbank-tools.jar <命令> [选项]，命令: " + String.join(", ", COMMANDS));
        err.println("  --json 输出 JSON；退出码 0 成功，1 校验错误或违反规则，2 用法错误，3 环境错误");
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
