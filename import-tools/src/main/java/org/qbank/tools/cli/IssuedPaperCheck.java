package org.qbank.tools.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.fingerprint.PaperFingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scans every paper that was ever issued (ISSUED, USED, VOIDED): no item set issued twice within an institution
 * (DOMAIN §1, Art. 25(4)), every issued paper's stored fingerprint equal to the one recomputed from its 试题编码
 * (DOMAIN §8), and every issued paper on the issued-fingerprint register. Reads only.
 */
public class IssuedPaperCheck implements PaperCheck {

    private static final String ISSUED = "('ISSUED', 'USED', 'VOIDED')";
    private final JdbcClient jdbc;

    public IssuedPaperCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "papers";
    }

    @Override
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        jdbc.sql("SELECT i.code, p.fingerprint, COUNT(*) FROM paper p JOIN institution i ON i.id = p.institution_id"
                        + " WHERE p.status IN " + ISSUED + " GROUP BY i.code, p.fingerprint HAVING COUNT(*) > 1")
                .query((rs, n) -> out.add(new Violation(rs.getString(1), "同一套试题（指纹 " + rs.getString(2) + "）发放了 "
                        + rs.getLong(3) + " 次")))
                .list();
        Map<Long, List<String>> codes = new LinkedHashMap<>();
        Map<Long, String[]> stored = new LinkedHashMap<>();
        jdbc.sql("SELECT p.id, i.code, p.fingerprint, pi.item_code FROM paper p JOIN institution i ON i.id = p.institution_id"
                        + " JOIN paper_item pi ON pi.paper_id = p.id WHERE p.status IN " + ISSUED + " ORDER BY p.id")
                .query((rs, n) -> {
                    stored.putIfAbsent(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
                    return codes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(4));
                }).list();
        codes.forEach((paper, list) -> {
            String[] s = stored.get(paper);
            if (!PaperFingerprint.of(list).hex().equals(s[1])) {
                out.add(new Violation(s[0], "试卷 " + paper + " 的指纹与其试题不符"));
            }
        });
        jdbc.sql("SELECT i.code, p.id FROM paper p JOIN institution i ON i.id = p.institution_id"
                        + " LEFT JOIN issued_fingerprint f ON f.paper_id = p.id WHERE p.status IN " + ISSUED + " AND f.id IS NULL")
                .query((rs, n) -> out.add(new Violation(rs.getString(1), "试卷 " + rs.getLong(2) + " 已发放但不在发放登记中")))
                .list();
        return out;
    }
}
