package org.qbank.portal.demo;

import java.util.List;

import org.qbank.bank.institution.InstitutionInfo;

/** The start-up message listing the demo accounts; passwords appear only for accounts created just now. */
final class DemoTable {

    private DemoTable() {
    }

    static String render(InstitutionInfo institution, List<DemoUsers.Outcome> outcomes, DemoBank.Outcome content,
                         String loginUrl) {
        StringBuilder sb = new StringBuilder("\n");
        String rule = "=".repeat(78) + "\n";
        sb.append(rule).append("qbank demo: institution '").append(institution.name()).append("' (code ")
                .append(institution.code()).append(")\n").append(rule);
        sb.append(String.format("%-18s %-20s %-18s %s%n", "USERNAME", "ROLE", "PASSWORD", "NAME"));
        for (DemoUsers.Outcome o : outcomes) {
            sb.append(String.format("%-18s %-20s %-18s %s%n", o.spec().username(), o.spec().role().name(),
                    o.created() ? o.password() : "(unchanged)", o.spec().displayName()));
        }
        sb.append(rule);
        sb.append("Demo bank: 鉴定要素细目表 ").append(DemoTree.OCCUPATION_CODE).append(' ').append(DemoTree.OCCUPATION_NAME)
                .append(' ').append(DemoTree.LEVEL).append(' ').append(DemoTree.SUBJECT).append(" (tree ")
                .append(content.treeId()).append(", ").append(content.pointCount()).append(" 鉴定点); ")
                .append(content.alreadySeeded() ? "items already present (codes " + DemoBank.CODE_PREFIX + "…)"
                        : content.itemsCreated() + " original items created in every state").append('\n');
        if (outcomes.stream().anyMatch(DemoUsers.Outcome::created)) {
            sb.append("These passwords are shown only this once. ");
        }
        sb.append("Sign in at ").append(loginUrl).append('\n');
        if (outcomes.stream().anyMatch(o -> !o.created())) {
            sb.append("Existing demo users keep the passwords printed when they were first created.\n"
                    + "To start over, stop qbank and delete ./data.\n");
        }
        return sb.append(rule).toString();
    }
}
