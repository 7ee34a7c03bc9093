package org.qbank.portal.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qbank.bank.institution.Institution;

/** {@code kind}: EMPLOYER (用人单位) or TRAINING_ORG (社会培训评价组织). */
record CreateInstitutionRequest(@NotBlank(message = "机构代码不能为空") @Size(max = 64) String code,
                                @NotBlank(message = "机构名称不能为空") @Size(max = 200) String name,
                                @NotNull(message = "请选择机构类型") Institution.Kind kind,
                                @Size(max = 300) String filedSite) {
}
