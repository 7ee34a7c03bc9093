package org.qbank.bank.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * The data of one 专家评审意见表 (seeds/002 附件5) and its annex, as plain values for the filing exports.
 *
 * @param levels        the round's levels, 五级 first
 * @param theoryCount   理论题量: approved theory versions the sheet covers
 * @param skillCount    技能题量: approved skill tasks the sheet covers
 * @param opinions      评审意见 of the signed levels
 * @param expertNames   every panel member in signing order (the leader included)
 * @param date          日期: the close (or the paper review's date), else the last sign-off, else null
 */
public record ReviewSheet(long roundId, String institutionName, String occupationName, String occupationCode,
                          String workTypeName, List<Level> levels, long theoryCount, long skillCount, String place,
                          Map<Level, String> opinions, String conclusion, String leaderName, List<String> expertNames,
                          LocalDate date, boolean imported, List<AnnexRow> annex, List<SignOffView> signOffs) {

    public ReviewSheet {
        levels = List.copyOf(levels);
        opinions = Map.copyOf(opinions);
        expertNames = List.copyOf(expertNames);
        annex = List.copyOf(annex);
        signOffs = List.copyOf(signOffs);
    }

    /** 职业(工种)名称 as on the form: 电工(维修电工) or just the occupation. */
    public String occupationDisplay() {
        return workTypeName == null || workTypeName.isBlank() ? occupationName : occupationName + "(" + workTypeName + ")";
    }

    /**
     * One item of the annex: each expert's verdict (in {@link #expertNames} order; blank while the item is
     * undecided, so verdicts stay independent) and the conclusion.
     */
    public record AnnexRow(String itemCode, Level level, Subject subject, int versionNumber,
                           Integer revisedVersionNumber, List<String> verdicts, String conclusion, String note) {

        public AnnexRow {
            verdicts = List.copyOf(verdicts);
        }
    }
}
