package org.qbank.portal.user;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.qbank.bank.access.Role;

/** A new account; the password is encoded by the portal and never stored or logged in clear. */
record CreateUserRequest(@NotBlank(message = "用户名不能为空") @Size(max = 64) String username,
                         @NotBlank(message = "姓名不能为空") @Size(max = 100) String displayName,
                         @NotBlank(message = "密码不能为空") @Size(min = 10, max = 128, message = "密码长度须为 10–128 位") String password,
                         @NotEmpty(message = "至少选择一个角色") Set<Role> roles,
                         Set<Long> institutionIds,
                         @Min(1) @Max(5) Integer expertLevel,
                         @Size(max = 100) String expertTitle) {
}
