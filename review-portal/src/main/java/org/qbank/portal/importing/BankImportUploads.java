package org.qbank.portal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.storage.BankImports;
import org.qbank.tools.workbook.UnreadableInputException;
import org.springframework.stereotype.Service;

/**
 * Bank workbook uploads in the portal: an upload is saved to a private temporary file and checked by import-tools
 * ({@link BankImports}: validation, then duplicates in the bank and the file); the person who uploaded it can then
 * download the copy with the 错误 column and confirm the store, within {@link #KEPT}. The page and the REST API share
 * this; all the work is import-tools'.
 */
@Service
public class BankImportUploads {

    /** How long a checked upload waits for its confirmation. */
    static final Duration KEPT = Duration.ofHours(2);
    private static final String[] TYPES = {".xlsx", ".csv", ".zip"};

    private final BankImports imports;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    BankImportUploads(BankImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    /** A checked upload: its id (for the error copy and the confirmation) and what the check found. */
    public record Checked(String uploadId, BankImports.Result result) {
    }

    private record Pending(long institutionId, long userId, Path dir, Path file, BankImports.Result result,
                           Instant until) {
    }

    /** Saves and checks an upload; nothing is stored. Unreadable files → {@link RuleViolationException} on "file". */
    public Checked check(Actor actor, long institutionId, String fileName, InputStream content) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        forgetExpired();
        String name = safeName(fileName);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("qbank-bank-import");
            Path file = dir.resolve(name);
            Files.copy(content, file);
            BankImports.Result result = imports.run(actor, institutionId, file, ImportOptions.DEFAULT, true, false,
                    (done, total) -> { });
            String id = UUID.randomUUID().toString();
            pending.put(id, new Pending(institutionId, actor.userId(), dir, file, result, clock.instant().plus(KEPT)));
            return new Checked(id, result);
        } catch (UnreadableInputException e) {
            delete(dir);
            throw RuleViolationException.of("file", e.getMessage());
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** What the check of an upload found. */
    public BankImports.Result checked(Actor actor, long institutionId, String uploadId) {
        return find(actor, institutionId, uploadId).result();
    }

    /**
     * Stores a checked, accepted upload all-or-nothing (validated again: the bank may have changed since) and
     * forgets it. A rejected upload → {@link RuleViolationException}.
     */
    public BankImports.Result store(Actor actor, long institutionId, String uploadId) {
        Pending p = find(actor, institutionId, uploadId);
        if (!p.result().accepted()) {
            throw RuleViolationException.of("uploadId", "工作簿有 " + p.result().report().errors().size() + " 个错误，不能导入");
        }
        BankImports.Result stored = imports.run(actor, institutionId, p.file(), ImportOptions.DEFAULT, false, true,
                (done, total) -> { });
        pending.remove(uploadId);
        delete(p.dir());
        return stored;
    }

    /** The upload given back with a 错误 column (errors and warnings, duplicates among them) and a summary sheet. */
    public void writeErrorCopy(Actor actor, long institutionId, String uploadId, OutputStream out) {
        Pending p = find(actor, institutionId, uploadId);
        imports.writeErrorCopy(p.file(), p.result().report(), ImportOptions.DEFAULT, out);
    }

    private Pending find(Actor actor, long institutionId, String uploadId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        Pending p = pending.get(uploadId);
        // Someone else's upload reads as missing: its existence is none of the caller's business.
        if (p == null || p.institutionId() != institutionId || p.userId() != actor.userId()
                || clock.instant().isAfter(p.until())) {
            throw NotFoundException.of("导入文件", uploadId);
        }
        return p;
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        pending.entrySet().removeIf(e -> {
            boolean expired = now.isAfter(e.getValue().until());
            if (expired) {
                delete(e.getValue().dir());
            }
            return expired;
        });
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String type : TYPES) {
            if (lower.endsWith(type)) {
                // The name is only shown back in the report; the file itself lives in a directory of its own.
                return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
            }
        }
        throw RuleViolationException.of("file", "请上传 .xlsx、.csv，或装有工作簿和图片的 .zip 文件: " + name);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary copy of an upload; the OS cleans the temp folder
        }
    }
}
