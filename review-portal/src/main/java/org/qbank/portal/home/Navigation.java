package org.qbank.portal.home;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Role;

/**
 * What each role may use, in one place: the navigation shows only these links and the home page explains them.
 * The controllers' {@code @PreAuthorize} rules remain the authority; this only avoids offering what would fail.
 */
public final class Navigation {

    /** A page the navigation offers to the given roles. */
    public record Link(String label, String href, Set<Role> roles) {
        boolean visibleTo(Set<Role> held) {
            return roles.stream().anyMatch(held::contains);
        }
    }

    /** What a role does, for the home page. */
    public record Capability(Role role, String roleName, List<String> tasks) {
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    private static final List<Link> LINKS = List.of(
            new Link("首页", "/", EVERYONE),
            new Link("鉴定要素细目表", "/knowledge-trees", EnumSet.of(Role.INSTITUTION_ADMIN, Role.ITEM_WRITER,
                    Role.REVIEWER, Role.EXAM_ADMIN, Role.INSPECTOR)),
            new Link("职业目录", "/occupations", EVERYONE),
            new Link("我的试题", "/items", EnumSet.of(Role.ITEM_WRITER, Role.INSTITUTION_ADMIN)),
            new Link("我的评审", "/reviews", EnumSet.of(Role.REVIEWER)),
            new Link("评审组织", "/review-rounds", EnumSet.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN)),
            new Link("细目表导入", "/knowledge", EnumSet.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN)),
            new Link("题库导入", "/bank-imports", EnumSet.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN)),
            new Link("组卷方案", "/blueprints", EnumSet.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN)),
            new Link("批次", "/batches", EnumSet.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN)),
            new Link("抽卷", "/draw", EnumSet.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN)),
            new Link("题库健康", "/dashboard", EnumSet.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN)),
            new Link("题库查重", "/duplicates", EnumSet.of(Role.INSTITUTION_ADMIN, Role.REVIEWER, Role.EXAM_ADMIN,
                    Role.ITEM_WRITER)),
            new Link("合规报告", "/inspection", EnumSet.of(Role.INSPECTOR, Role.INSTITUTION_ADMIN)),
            new Link("评价机构", "/admin/institutions", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Link("用户管理", "/admin/users", EnumSet.of(Role.PLATFORM_ADMIN, Role.INSTITUTION_ADMIN)),
            new Link("接口文档", "/swagger-ui.html", EnumSet.of(Role.PLATFORM_ADMIN, Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN)),
            new Link("我的账号", "/account", EVERYONE));

    private Navigation() {
    }

    public static List<Link> linksFor(Set<Role> roles) {
        return LINKS.stream().filter(l -> l.visibleTo(roles)).toList();
    }

    public static List<Capability> capabilitiesOf(Set<Role> roles) {
        return roles.stream().sorted().map(r -> new Capability(r, r.displayName(), tasks(r))).toList();
    }

    static List<String> tasks(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> List.of("创建和停用评价机构", "为机构创建机构管理员", "维护职业目录与工种");
            case INSTITUTION_ADMIN -> List.of("管理本机构的用户与角色", "设置评审专家的等级与职称", "查看本机构审计日志");
            case ITEM_WRITER -> List.of("按鉴定点编写试题", "修改草稿并提交评审", "查看试题版本历史与差异");
            case REVIEWER -> List.of("我的评审: 逐题评审 (通过 / 修改后通过 / 不通过), 快捷键 1 / 2 / 3",
                    "组长: 形成结论, 各等级签字, 下载专家评审意见表");
            case EXAM_ADMIN -> List.of("导入鉴定要素细目表", "组织专家评审: 选择待审试题与评审专家组", "制定组卷方案与考务方案",
                    "为场次抽取试卷");
            case INSPECTOR -> List.of("查看所辖机构的合规报告 (只读)", "核查试卷从未重复使用");
        };
    }
}
