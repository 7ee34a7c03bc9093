package org.qbank.bank.search;

/**
 * Every field of the item index, in one place. Changing how any field is indexed or analysed requires a new
 * {@link #VERSION}: an index written under another version is rebuilt from the database at start-up.
 */
enum IndexField {
    ID("id"),
    INSTITUTION("institution"),
    ITEM_CODE("item_code"),
    OCCUPATION("occupation"),
    LEVEL("level"),
    SUBJECT("subject"),
    TYPE("type"),
    STATUS("status"),
    KP_CODE("kp_code"),
    KP_NAME("kp_name"),
    AUTHOR("author"),
    /** The account that created the item, for the writer's own list. */
    CREATOR("creator"),
    STEM("stem"),
    OPTIONS("options"),
    KEY("key"),
    ANALYSIS("analysis"),
    USAGE("usage"),
    UPDATED("updated"),
    /** Character bigrams of the normalised stem and options: the near-duplicate candidate field. */
    DUP("dup"),
    /** Binary doc values: id, code and normalised content for the precise scorer ({@link DupCodec}). */
    DUP_DATA("dup_data"),
    /** Stored only: the option labels, in the order of the stored option texts. */
    OPTION_LABELS("option_labels"),
    /** Row number of an import batch item, in the throw-away batch index only (earlier rows as candidates). */
    BATCH_ROW("batch_row");

    /** Schema version of the index; bump on any change to fields or analysis. */
    static final String VERSION = "3";
    /** Commit user-data keys. */
    static final String VERSION_KEY = "qbank.search.version";
    static final String WATERMARK_PREFIX = "qbank.search.seq.";

    private final String field;

    IndexField(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }
}
