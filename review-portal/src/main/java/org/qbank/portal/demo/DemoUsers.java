package org.qbank.portal.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.user.CreateUser;
import org.qbank.bank.user.UserService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One demo account per role (two writers, four reviewers of different expert levels). Passwords are generated
 * when an account is first created and returned once; accounts that exist keep their password.
 */
@Component
class DemoUsers {

    /** A demo account to ensure. */
    record Spec(String username, String displayName, Role role, Level expertLevel, String expertTitle) {
    }

    /** What happened to one account: {@code password} is null when it existed already. */
    record Outcome(Spec spec, String password) {
        boolean created() {
            return password != null;
        }
    }

    static final List<Spec> SPECS = List.of(
            new Spec("demo-platform", "平台管理员 (演示)", Role.PLATFORM_ADMIN, null, null),
            new Spec("demo-admin", "机构管理员 (演示)", Role.INSTITUTION_ADMIN, null, null),
            new Spec("demo-writer1", "命题人 王明 (演示)", Role.ITEM_WRITER, null, null),
            new Spec("demo-writer2", "命题人 李华 (演示)", Role.ITEM_WRITER, null, null),
            new Spec("demo-reviewer1", "评审组长 张强 (演示)", Role.REVIEWER, Level.ONE, "高级工程师"),
            new Spec("demo-reviewer2", "评审专家 陈静 (演示)", Role.REVIEWER, Level.TWO, null),
            new Spec("demo-reviewer3", "评审专家 刘洋 (演示)", Role.REVIEWER, Level.TWO, "工程师"),
            new Spec("demo-reviewer4", "评审专家 赵敏 (演示)", Role.REVIEWER, Level.ONE, null),
            new Spec("demo-exam", "考务管理员 (演示)", Role.EXAM_ADMIN, null, null),
            new Spec("demo-inspector", "督导检查员 (演示)", Role.INSPECTOR, null, null));

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final UserService users;
    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    DemoUsers(UserService users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    List<Outcome> ensure(Actor system, long institutionId, List<Spec> specs) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Spec spec : specs) {
            if (users.findLogin(spec.username()).isPresent()) {
                outcomes.add(new Outcome(spec, null));
                continue;
            }
            String password = password();
            Set<Long> institutions = spec.role() == Role.PLATFORM_ADMIN ? Set.of() : Set.of(institutionId);
            users.create(system, new CreateUser(spec.username(), spec.displayName(), encoder.encode(password),
                    Set.of(spec.role()), institutions, spec.expertLevel(), spec.expertTitle()));
            outcomes.add(new Outcome(spec, password));
        }
        return outcomes;
    }

    private String password() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
