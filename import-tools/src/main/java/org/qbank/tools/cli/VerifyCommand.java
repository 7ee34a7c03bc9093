package org.qbank.tools.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditVerification;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;

/**
 * {@code verify}: scans the database and exits 1 on any violation. Checks every institution's audit hash chain and
 * every {@link PaperCheck} present (paper fingerprints issued twice, overlaps beyond policy).
 */

public class VerifyCommand implements ToolCommand {

    private final Institutions institutions;
    private final AuditLog audit;
    private final List<PaperCheck> paperChecks;

    public VerifyCommand(Institutions institutions, AuditLog audit, List<PaperCheck> paperChecks) {
        this.institutions = institutions;
        this.audit = audit;
        this.paperChecks = paperChecks;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String usage() {
        return "verify [--json]";
    }

    @Override
    public int run(Arguments args, Console console) {
        List<Map<String, Object>> violations = new ArrayList<>();
        List<Institution> all = institutions.findAll();
        long entries = 0;
        for (int i = 0; i < all.size(); i++) {
            Institution inst = all.get(i);
            AuditVerification v = audit.verify(inst.getId(), null);
            entries += v.entriesChecked();
            v.problems().forEach(p -> violations.add(violation("audit", inst.getCode(), "审计链第 " + p.seq() + " 条: " + p.reason())));
            console.progress("审计链", i + 1, all.size());
        }
        int checks = 0;
        for (PaperCheck check : paperChecks) {
            check.violations().forEach(v -> violations.add(violation(check.name(), v.institution(), v.message())));
            checks++;
        }
        violations.forEach(v -> console.say("违规 [" + v.get("check") + "] " + v.get("institution") + ": " + v.get("message")));
        console.say("已检查 " + all.size() + " 个机构的审计链（" + entries + " 条记录）"
                + "，以及 " + checks + " 项试卷检查"
                + "；违规 " + violations.size() + " 项。");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", violations.isEmpty());
        result.put("institutions", all.size());
        result.put("auditEntries", entries);
        result.put("paperChecks", checks);
        result.put("violations", violations);
        console.result(result);
        return violations.isEmpty() ? ExitCode.OK : ExitCode.VIOLATION;
    }

    private static Map<String, Object> violation(String check, String institution, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", check);
        m.put("institution", institution);
        m.put("message", message);
        return m;
    }
}
