package org.qbank.tools.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The report as JSON: {@code {file, accepted, counts:{knowledge,theoryItems,skillTasks}, errors:[…], warnings:[…]}},
 * each problem as {@code {sheet,row,column,value,reason}}; after a duplicate check also {@code duplicates} with the
 * check's own time, counts per kind and every pair.
 */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReportJson() {
    }

    public static Map<String, Object> toMap(ImportReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", report.file());
        m.put("accepted", report.accepted());
        m.put("counts", Map.of("knowledge", report.knowledgeRows(), "theoryItems", report.theoryItems(),
                "skillTasks", report.skillTasks()));
        m.put("errors", problems(report.errors()));
        m.put("warnings", problems(report.warnings()));
        return m;
    }

    public static void write(ImportReport report, OutputStream out) throws IOException {
        JSON.writeValue(out, toMap(report));
    }

    /** The report with its {@code duplicates} section: {@code {indexedItems, seconds, counts:{…}, pairs:[…]}}. */
    public static Map<String, Object> toMap(ImportReport report, DuplicateFindings duplicates) {
        Map<String, Object> m = toMap(report);
        m.put("duplicates", duplicates(duplicates));
        return m;
    }

    public static void write(ImportReport report, DuplicateFindings duplicates, OutputStream out) throws IOException {
        JSON.writeValue(out, toMap(report, duplicates));
    }

    private static Map<String, Object> duplicates(DuplicateFindings d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indexedItems", d.indexedItems());
        m.put("seconds", Math.round(d.seconds() * 1000) / 1000.0);
        m.put("counts", d.counts());
        m.put("pairs", d.pairs().stream().map(p -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("sheet", p.sheet());
            x.put("row", p.row());
            x.put("code", p.code());
            x.put("kind", p.kind().displayName());
            x.put("in", p.place() == DuplicateFindings.Place.BANK ? "题库" : "本文件");
            x.put("otherRow", p.otherRow());
            x.put("otherCode", p.otherCode());
            x.put("score", Math.round(p.score() * 1000) / 1000.0);
            x.put("reason", p.reason());
            return x;
        }).toList());
        return m;
    }

    private static List<Map<String, Object>> problems(List<ImportProblem> list) {
        return list.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", p.sheet());
            m.put("row", p.row());
            m.put("column", p.column());
            m.put("value", p.value());
            m.put("reason", p.reason());
            return m;
        }).toList();
    }
}
