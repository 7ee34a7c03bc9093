package org.qbank.tools.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qbank.tools.workbook.AnchoredImage;

/**
 * Finds an item's pictures: files named in 图片 and packed in the upload zip, and pictures placed on the item's row
 * in the sheet. WPS "嵌入单元格" pictures (a DISPIMG formula) cannot be read and are reported.
 */
final class ImageLookup {

    static final ImageLookup NONE = new ImageLookup(Map.of(), List.of());

    private final Map<String, ItemImage> bundled = new HashMap<>();
    private final Map<Integer, List<AnchoredImage>> placed = new HashMap<>();

    ImageLookup(Map<String, ItemImage> bundled, List<AnchoredImage> placed) {
        bundled.forEach((name, image) -> this.bundled.put(name.toLowerCase(Locale.ROOT), image));
        placed.forEach(a -> this.placed.computeIfAbsent(a.row(), k -> new ArrayList<>()).add(a));
    }

    List<ItemImage> forRow(RowReader r, Column column) {
        List<ItemImage> found = new ArrayList<>();
        for (AnchoredImage a : placed.getOrDefault(r.number(), List.of())) {
            found.add(new ItemImage(a.name(), a.contentType(), a.data()));
        }
        String names = r.text(column);
        if (names.toUpperCase(Locale.ROOT).contains("DISPIMG") || names.equals("#VALUE!")) {
            r.error(column, names, "单元格内嵌图片无法读取；请改为浮动图片放在该行，或把图片文件与工作簿一起打包成 zip 并在此列写文件名");
            return found;
        }
        if (names.isEmpty()) {
            return found;
        }
        for (String name : names.split("[、,，;；]+")) {
            String n = name.strip();
            ItemImage image = bundled.get(n.toLowerCase(Locale.ROOT));
            if (image == null) {
                boolean onRow = found.stream().anyMatch(i -> i.name().equalsIgnoreCase(n));
                if (!onRow) {
                    r.error(column, n, "找不到图片文件；请把它与工作簿一起打包成 zip 上传");
                }
            } else {
                found.add(image);
            }
        }
        return found;
    }
}
