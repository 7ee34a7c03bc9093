package org.qbank.portal.pages.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeImportResult;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ImportOutcome;
import org.qbank.tools.workbook.UnreadableInputException;
import org.springframework.stereotype.Component;

/**
 * A 细目表 upload (.xlsx or .csv in the bank workbook layout): read by import-tools, every row problem reported
 * with sheet, row and column, then stored all-or-nothing by {@link KnowledgeTreeService}.
 */
@Component
class KnowledgeUpload {

    private final KnowledgeTreeService trees;
    private final BankWorkbookReader reader = new BankWorkbookReader();

    KnowledgeUpload(KnowledgeTreeService trees) {
        this.trees = trees;
    }

    List<KnowledgeImportResult> importFile(Actor actor, long institutionId, String fileName, InputStream in) {
        String name = fileName == null ? "upload.csv" : Path.of(fileName).getFileName().toString();
        if (!name.toLowerCase().endsWith(".csv") && !name.toLowerCase().endsWith(".xlsx")) {
            throw RuleViolationException.of("file", "请上传 .xlsx 或 .csv 文件: " + name);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("qbank-kt");
            Path file = dir.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            ImportOutcome outcome = reader.read(file, ImportOptions.DEFAULT);
            if (!outcome.accepted()) {
                throw new RuleViolationException(outcome.report().errors().stream()
                        .map(p -> new Violation(p.sheet() + " 第 " + p.row() + " 行 " + p.column(), p.reason()
                                + (p.value() == null || p.value().isBlank() ? "" : " (" + p.value() + ")"))).toList());
            }
            List<KnowledgeRow> rows = outcome.bank().knowledge().stream().map(KnowledgeUpload::row).toList();
            if (rows.isEmpty()) {
                throw RuleViolationException.of("file", "文件中没有鉴定要素细目表的行");
            }
            return trees.importTrees(actor, ImportKnowledgeTrees.of(institutionId, rows));
        } catch (UnreadableInputException e) {
            throw RuleViolationException.of("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static KnowledgeRow row(org.qbank.tools.importing.KnowledgeRow r) {
        return new KnowledgeRow(r.occupationCode(), r.occupationName(), r.workType(), r.level().grade(),
                r.subject().displayName(), r.code(), r.name(), r.weight(),
                r.importance() == null ? null : r.importance().name());
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary copy of an upload; the OS cleans the temp folder
        }
    }
}
