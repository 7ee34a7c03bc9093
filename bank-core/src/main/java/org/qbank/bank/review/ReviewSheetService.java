package org.qbank.bank.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.Occupations;
import org.qbank.bank.occupation.WorkTypes;
import org.qbank.bank.review.ReviewSheet.AnnexRow;
import org.qbank.bank.review.SheetVerification.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 专家评审意见表 as data ({@link #sheet}) and its check against the bank ({@link #verify}): each signed level's
 * digest is recomputed from the recorded versions, and each covered version must still exist in the bank with the
 * same content hash and the status the sheet gave it (APPROVED, or REJECTED for 不通过) on an item not retired.
 * A version superseded by a newer approved one is RETIRED, so it fails too.
 */
@Service
public class ReviewSheetService {

    private final RoundAccess access;
    private final ItemVersionLookup versions;
    private final Institutions institutions;
    private final Occupations occupations;
    private final WorkTypes workTypes;
    private final Clock clock;

    ReviewSheetService(RoundAccess access, ItemVersionLookup versions, Institutions institutions,
                       Occupations occupations, WorkTypes workTypes, Clock clock) {
        this.access = access;
        this.versions = versions;
        this.institutions = institutions;
        this.occupations = occupations;
        this.workTypes = workTypes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewSheet sheet(Actor actor, long roundId) {
        ReviewRound r = access.visible(actor, roundId);
        Occupation occupation = occupations.findById(r.occupationId()).orElseThrow();
        String workType = r.workTypeId() == null ? null : workTypes.findById(r.workTypeId()).map(w -> w.getName()).orElse(null);
        List<PanelMember> panel = r.panel();
        Map<Level, String> opinions = new EnumMap<>(Level.class);
        r.signOffs().forEach(s -> opinions.put(s.level(), s.view().opinion()));
        List<AnnexRow> annex = r.items().stream().map(i -> new AnnexRow(i.itemCode(), i.level(), i.subject(),
                i.versionNumber(), i.view().revisedVersionNumber(),
                panel.stream().map(m -> i.state() == RoundItemState.PENDING || m.userId() == null ? (m.userId() == null ? "通过" : "")
                        : r.verdictOf(m.userId(), i.itemId()).map(v -> v.verdict().displayName()).orElse("")).toList(),
                i.state() == RoundItemState.PENDING ? "" : i.state().displayName(), i.view().conclusionNote())).toList();
        return new ReviewSheet(r.getId(), institutions.findById(r.institutionId()).orElseThrow().getName(),
                occupation.getName(), occupation.getCode().value(), workType, r.levels(), approved(r, Subject.THEORY),
                approved(r, Subject.SKILL), r.place(), opinions, r.conclusion(), r.leader().name(),
                panel.stream().map(PanelMember::name).toList(), date(r), r.imported(), annex,
                r.signOffs().stream().map(LevelSignOff::view).toList());
    }

    @Transactional(readOnly = true)
    public SheetVerification verify(Actor actor, long roundId) {
        ReviewRound r = access.visible(actor, roundId);
        List<Problem> problems = new ArrayList<>();
        int covered = 0;
        for (LevelSignOff s : r.signOffs()) {
            List<CoveredVersion> list = r.covered(s.level());
            covered += list.size();
            if (!ReviewDigest.of(r.getId(), s.level(), list).equals(s.digest())) {
                problems.add(new Problem(s.level(), null, null, "签署后评审记录被改动, 摘要不符"));
            }
            Map<Long, PinnedVersion> bank = versions.byIds(list.stream().map(CoveredVersion::versionId).toList())
                    .stream().collect(Collectors.toMap(PinnedVersion::versionId, Function.identity()));
            for (CoveredVersion c : list) {
                check(s.level(), c, bank.get(c.versionId()), problems);
            }
        }
        return new SheetVerification(r.getId(), problems.isEmpty() && !r.signOffs().isEmpty(), r.signOffs().size(),
                covered, problems);
    }

    private static void check(Level level, CoveredVersion c, PinnedVersion now, List<Problem> problems) {
        String name = "试题 " + c.itemCode() + " v" + c.versionNumber();
        if (now == null) {
            problems.add(new Problem(level, c.itemCode(), c.versionId(), name + " 已不存在"));
            return;
        }
        if (!now.contentHash().equals(c.contentHash())) {
            problems.add(new Problem(level, c.itemCode(), c.versionId(), name + " 的内容摘要与签署时不符"));
        }
        if (now.status() != c.expectedStatus()) {
            problems.add(new Problem(level, c.itemCode(), c.versionId(), name + " 当前为 " + now.status().displayName()
                    + ", 签署时为 " + c.expectedStatus().displayName()));
        }
        if (now.itemRetired()) {
            problems.add(new Problem(level, c.itemCode(), c.versionId(), "试题 " + c.itemCode() + " 已停用"));
        }
    }

    private static long approved(ReviewRound r, Subject subject) {
        return r.items().stream().filter(i -> i.subject() == subject && i.state().covered()
                && i.state().expectedStatus() == ItemStatus.APPROVED).count();
    }

    private LocalDate date(ReviewRound r) {
        if (r.reviewDate() != null) {
            return r.reviewDate();
        }
        var at = r.closedAt() != null ? r.closedAt()
                : r.signOffs().stream().map(s -> s.view().signedAt()).max(java.util.Comparator.naturalOrder()).orElse(null);
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }
}
