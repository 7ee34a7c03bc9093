package org.qbank.portal.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordRequest(@NotBlank(message = "密码不能为空") @Size(min = 10, max = 128, message = "密码长度须为 10–128 位") String password) {
}
