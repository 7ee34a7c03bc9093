package org.qbank.portal.pages.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.PreparationCategory;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.browser.SmallBank;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The editor's stem images (upload, type and size checks, display) and the skill task's 准备清单. */
@PortalTest
class ItemEditorExtrasTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KnowledgeTreeService trees;
    @Autowired
    ItemService items;

    long institution;
    QbankUser writer;
    QbankUser admin;

    @BeforeEach
    void anInstitution() {
        institution = fixtures.institution();
        writer = fixtures.user(Role.ITEM_WRITER, institution);
        admin = fixtures.user(Role.EXAM_ADMIN, institution);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(12, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A one-point 操作技能 细目表 for the institution. */
    private KnowledgeTreeView skillTree() {
        trees.importTrees(admin.actor(), ImportKnowledgeTrees.of(institution, List.of(
                new KnowledgeRow(SmallBank.OCCUPATION, SmallBank.OCCUPATION_NAME, null, "三级", "操作技能", "1", "电气安装",
                        new BigDecimal("100"), null),
                new KnowledgeRow(SmallBank.OCCUPATION, SmallBank.OCCUPATION_NAME, null, "三级", "操作技能", "1-001",
                        "照明电路安装", null, "X"))));
        return trees.find(admin.actor(), institution, SmallBank.OCCUPATION, null, Level.THREE, Subject.SKILL).orElseThrow();
    }

    private static long itemIdOf(MvcResult created) {
        String location = created.getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/items/(\\d+)/manage.*$", "$1"));
    }

    @Test
    void aStemImageIsUploadedCheckedByItsBytesSavedWithTheItemAndShown() throws Exception {
        KnowledgeTreeView tree = fixtures.smallBank(admin.actor(), institution);
        byte[] png = png();
        String body = mvc.perform(multipart("/items/images").file(new MockMultipartFile("file", "电路图.png", "image/png", png))
                        .with(csrf()).with(user(writer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andReturn().getResponse().getContentAsString();
        String hash = JsonPath.read(body, "$.hash");
        assertThat(hash).matches("[0-9a-f]{64}");

        MvcResult created = mvc.perform(post("/items").with(csrf()).with(user(writer))
                        .param("treeId", String.valueOf(tree.id())).param("type", "TRUE_FALSE")
                        .param("knowledgePointId", String.valueOf(tree.points().get(0).point().id()))
                        .param("stem", "图示电路中的开关接在相线上。").param("stemImages", hash).param("keys", "√"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = itemIdOf(created);
        assertThat(items.get(writer.actor(), id).latest().content().stemImages()).containsExactly(hash);
        mvc.perform(get("/items/" + id + "/manage").with(user(writer)))
                .andExpect(content().string(containsString("/images/" + hash)));
        mvc.perform(get("/items/" + id + "/edit").with(user(writer)))
                .andExpect(content().string(containsString("name=\"stemImages\" value=\"" + hash + "\"")));
        byte[] shown = mvc.perform(get("/images/" + hash).with(user(fixtures.user(Role.REVIEWER, institution))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(shown).isEqualTo(png);
        mvc.perform(get("/images/" + hash).with(user(fixtures.user(Role.INSPECTOR, institution)))).andExpect(status().isForbidden());
        mvc.perform(get("/images/" + "0".repeat(64)).with(user(writer))).andExpect(status().isNotFound());
        mvc.perform(get("/images/not-a-hash").with(user(writer))).andExpect(status().isNotFound());
    }

    @Test
    void anEditKeepsTheOptionsPictures() throws Exception {
        KnowledgeTreeView tree = fixtures.smallBank(admin.actor(), institution);
        String hash = JsonPath.read(mvc.perform(multipart("/items/images").file(new MockMultipartFile("file", "接线图.png",
                "image/png", png())).with(csrf()).with(user(writer))).andReturn().getResponse().getContentAsString(), "$.hash");
        ItemView item = fixtures.draft(writer.actor(), tree, tree.points().get(1).point().id(),
                org.qbank.bank.item.ItemType.SINGLE_CHOICE,
                ItemContent.choice("下列哪一幅接线图是正确的?", List.of(new ItemContent.ChoiceOption("A", "图甲", hash),
                        ItemContent.ChoiceOption.of("B", "图乙")), "A", null, null));
        mvc.perform(get("/items/" + item.id() + "/edit").with(user(writer)))
                .andExpect(content().string(containsString("name=\"options[0].imageHash\" value=\"" + hash + "\"")))
                .andExpect(content().string(containsString("/images/" + hash)));
        mvc.perform(post("/items/" + item.id()).with(csrf()).with(user(writer)).param("lockVersion", String.valueOf(item.lockVersion()))
                        .param("stem", "下列哪一幅接线图是正确的? (单相插座)")
                        .param("options[0].label", "A").param("options[0].text", "图甲").param("options[0].imageHash", hash)
                        .param("options[1].label", "B").param("options[1].text", "图乙").param("options[1].imageHash", "")
                        .param("keys", "A"))
                .andExpect(status().is3xxRedirection());
        assertThat(items.get(writer.actor(), item.id()).latest().content().options())
                .extracting(ItemContent.ChoiceOption::imageHash).containsExactly(hash, null);
    }

    @Test
    void aFileThatIsNotAnImageOrIsEmptyIsRefusedWithItsNameAndNothingIsStored() throws Exception {
        mvc.perform(multipart("/items/images").file(new MockMultipartFile("file", "假图片.png", "image/png",
                        "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(writer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value(containsString("假图片.png 不是 PNG、JPEG、GIF 或 WebP 图片")));
        mvc.perform(multipart("/items/images").file(new MockMultipartFile("file", "空.png", "image/png", new byte[0]))
                        .with(csrf()).with(user(writer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value(containsString("请选择图片文件")));
        mvc.perform(multipart("/items/images").file(new MockMultipartFile("file", "a.png", "image/png", png()))
                .with(csrf()).with(user(fixtures.user(Role.REVIEWER, institution)))).andExpect(status().isForbidden());
        mvc.perform(multipart("/items/images").file(new MockMultipartFile("file", "a.png", "image/png", png()))
                .with(csrf().useInvalidToken()).with(user(writer))).andExpect(status().isForbidden());
        assertThat(ImageUploads.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains("image/jpeg");
        assertThat(ImageUploads.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).contains("image/gif");
        assertThat(ImageUploads.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains("image/webp");
    }

    @Test
    void aSkillTaskKeepsItsPreparationListThroughAnEdit() throws Exception {
        KnowledgeTreeView tree = skillTree();
        var skill = post("/items").with(csrf()).with(user(writer)).param("treeId", String.valueOf(tree.id()))
                .param("type", "SKILL_TASK").param("knowledgePointId", String.valueOf(tree.points().get(0).point().id()))
                .param("taskName", "双控照明电路的安装").param("durationMinutes", "60").param("tasks", "1. 按图安装双控照明电路")
                .param("score", "20").param("rubric[0].element", "接线正确").param("rubric[0].points", "20")
                .param("rubric[0].criteria", "错一处扣 5 分");
        mvc.perform(post("/items").with(csrf()).with(user(writer)).param("treeId", String.valueOf(tree.id()))
                        .param("type", "SKILL_TASK").param("knowledgePointId", String.valueOf(tree.points().get(0).point().id()))
                        .param("taskName", "双控照明电路的安装").param("durationMinutes", "60").param("tasks", "1. 安装")
                        .param("preparation[0].category", "SITE").param("preparation[0].spec", "2.5 mm²"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("名称不能为空")));

        MvcResult created = mvc.perform(skill
                        .param("preparation[0].category", "SITE").param("preparation[0].name", "双控开关")
                        .param("preparation[0].spec", "250 V 10 A").param("preparation[0].quantity", "2")
                        .param("preparation[0].unit", "只")
                        .param("preparation[1].category", "CANDIDATE").param("preparation[1].name", "电工工具")
                        .param("preparation[1].quantity", "1").param("preparation[1].unit", "套")
                        .param("preparation[2].category", "SITE"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = itemIdOf(created);
        ItemView item = items.get(writer.actor(), id);
        List<ItemContent.PreparationItem> prep = item.latest().content().skill().preparation();
        assertThat(prep).extracting(ItemContent.PreparationItem::category)
                .containsExactly(PreparationCategory.SITE, PreparationCategory.CANDIDATE);
        assertThat(prep.get(0).spec()).isEqualTo("250 V 10 A");
        mvc.perform(get("/items/" + id + "/manage").with(user(writer)))
                .andExpect(content().string(containsString("双控开关"))).andExpect(content().string(containsString("考生准备")));
        mvc.perform(get("/items/" + id + "/edit").with(user(writer)))
                .andExpect(content().string(containsString("value=\"电工工具\"")));

        mvc.perform(post("/items/" + id).with(csrf()).with(user(writer)).param("lockVersion", String.valueOf(item.lockVersion()))
                        .param("taskName", "双控照明电路的安装与检测").param("durationMinutes", "60").param("tasks", "1. 按图安装")
                        .param("score", "20").param("rubric[0].element", "接线正确").param("rubric[0].points", "20")
                        .param("rubric[0].criteria", "错一处扣 5 分")
                        .param("preparation[0].category", "SITE").param("preparation[0].name", "双控开关")
                        .param("preparation[0].quantity", "2").param("preparation[0].unit", "只"))
                .andExpect(status().is3xxRedirection());
        assertThat(items.get(writer.actor(), id).latest().content().skill().preparation())
                .extracting(ItemContent.PreparationItem::name).containsExactly("双控开关");
    }

    @Test
    void aSkillTaskTakesImagesUploadedFromTheEditorAndShowsThem() throws Exception {
        KnowledgeTreeView tree = skillTree();
        mvc.perform(get("/items/new").param("treeId", String.valueOf(tree.id())).param("type", "SKILL_TASK")
                        .with(user(writer)))
                .andExpect(content().string(containsString("id=\"task-image-upload\"")));
        String hash = JsonPath.read(mvc.perform(multipart("/items/images").file(new MockMultipartFile("file", "接线图.png",
                "image/png", png())).with(csrf()).with(user(writer))).andReturn().getResponse().getContentAsString(), "$.hash");
        MvcResult created = mvc.perform(post("/items").with(csrf()).with(user(writer)).param("treeId", String.valueOf(tree.id()))
                        .param("type", "SKILL_TASK").param("knowledgePointId", String.valueOf(tree.points().get(0).point().id()))
                        .param("taskName", "按图安装双控照明电路").param("durationMinutes", "60").param("tasks", "1. 按所附接线图安装")
                        .param("taskImages", hash)
                        .param("score", "20").param("rubric[0].element", "接线正确").param("rubric[0].points", "20")
                        .param("rubric[0].criteria", "错一处扣 5 分"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = itemIdOf(created);
        assertThat(items.get(writer.actor(), id).latest().content().skill().taskImages()).containsExactly(hash);
        mvc.perform(get("/items/" + id + "/manage").with(user(writer)))
                .andExpect(content().string(containsString("alt=\"试题图片\" class=\"stem-image task-image\"")));
        mvc.perform(get("/items/" + id + "/edit").with(user(writer)))
                .andExpect(content().string(containsString("name=\"taskImages\" value=\"" + hash + "\"")));

        // An unknown image hash is refused and nothing is written.
        mvc.perform(post("/items").with(csrf()).with(user(writer)).param("treeId", String.valueOf(tree.id()))
                        .param("type", "SKILL_TASK").param("knowledgePointId", String.valueOf(tree.points().get(0).point().id()))
                        .param("taskName", "另一道题").param("durationMinutes", "60").param("tasks", "1. 安装")
                        .param("taskImages", "0".repeat(64))
                        .param("score", "20").param("rubric[0].element", "接线正确").param("rubric[0].points", "20")
                        .param("rubric[0].criteria", "错一处扣 5 分"))
                .andExpect(status().isUnprocessableEntity());
    }
}
