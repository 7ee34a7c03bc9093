package org.qbank.tools.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: {@code <command> [positional…] [--option value] [--flag]}. Flags are the options that take
 * no value; {@code --name=value} works too.
 */
public record Arguments(String command, List<String> positional, Map<String, String> options, Set<String> flags) {

    static final Set<String> FLAGS = Set.of("json", "dry-run", "help", "quiet", "issue");

    public Arguments {
        positional = List.copyOf(positional);
        options = Map.copyOf(options);
        flags = Set.copyOf(flags);
    }

    public static Arguments parse(String... args) {
        String command = null;
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (FLAGS.contains(name)) {
                    flags.add(name);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    options.put(name, args[++i]);
                } else {
                    throw new UsageException("选项 --" + name + " 需要一个值");
                }
            } else if (command == null) {
                command = a;
            } else {
                positional.add(a);
            }
        }
        return new Arguments(command, positional, options, flags);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public String option(String name) {
        return options.get(name);
    }

    public String required(String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("缺少选项 --" + name);
        }
        return v;
    }

    /** The single positional argument (a file, usually). */
    public String single(String what) {
        if (positional.size() != 1) {
            throw new UsageException("需要且只需要一个" + what);
        }
        return positional.get(0);
    }
}
