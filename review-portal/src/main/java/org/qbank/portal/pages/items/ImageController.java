package org.qbank.portal.pages.items;

import java.util.Map;
import java.util.regex.Pattern;

import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.image.Image;
import org.qbank.bank.image.ImageRef;
import org.qbank.bank.image.ImageStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** Image upload from the item editor and image display in stems (by the SHA-256 the version refers to). */
@Controller
class ImageController {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final ImageUploads uploads;
    private final ImageStore images;

    ImageController(ImageUploads uploads, ImageStore images) {
        this.uploads = uploads;
        this.images = images;
    }

    /** Stores the file and answers its reference; a refusal answers 422 with the reason in {@code message}. */
    @PostMapping(value = "/items/images", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ItemPagesController.WRITERS)
    @ResponseBody
    ResponseEntity<Map<String, Object>> upload(@RequestParam(value = "file", required = false) MultipartFile file) {
        try {
            ImageRef ref = uploads.store(file);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("hash", ref.hash(), "mediaType", ref.mediaType(),
                    "sizeBytes", ref.sizeBytes(), "url", "/images/" + ref.hash()));
        } catch (RuleViolationException e) {
            return ResponseEntity.unprocessableEntity().body(Map.of("message", e.getMessage()));
        }
    }

    /** Images belong to confidential items: sent {@code no-store} like the items (ConfidentialPageHeaders). */
    @GetMapping("/images/{hash}")
    @PreAuthorize(ItemPagesController.READERS)
    ResponseEntity<byte[]> image(@PathVariable String hash) {
        Image image = HASH.matcher(hash).matches() ? images.get(hash).orElse(null) : null;
        if (image == null) {
            throw NotFoundException.of("图片", hash);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.ref().mediaType())).body(image.bytes());
    }
}
