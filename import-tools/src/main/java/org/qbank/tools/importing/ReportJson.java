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
 * each problem as {@code {sheet,row,column,value,reason}}.
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
