package org.qbank.tools.importing;

import org.qbank.tools.workbook.InputLimits;

/** How to read an upload: its limits and, for other layouts, the defaults it leaves out. */
public record ImportOptions(InputLimits limits, LayoutDefaults defaults) {

    public static final ImportOptions DEFAULT = new ImportOptions(InputLimits.DEFAULT, LayoutDefaults.NONE);
}
