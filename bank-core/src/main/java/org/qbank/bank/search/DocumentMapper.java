package org.qbank.bank.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** {@link SearchDocument} ↔ Lucene {@link Document}. */
final class DocumentMapper {

    /** Analysed, stored, with offsets in the postings so highlighting need not re-analyse. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final FieldType DUP_TYPE = dupType();
    /** The stored fields {@link #fromDocument} reads. */
    static final java.util.Set<String> STORED_FOR_RECORD = java.util.Arrays.stream(IndexField.values())
            .filter(f -> f != IndexField.DUP && f != IndexField.DUP_DATA).map(IndexField::field).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private DocumentMapper() {
    }

    static Document toDocument(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(IndexField.ID.field(), Long.toString(d.itemId()), Field.Store.YES));
        keyword(doc, IndexField.INSTITUTION, Long.toString(d.institutionId()));
        keyword(doc, IndexField.ITEM_CODE, d.itemCode());
        keyword(doc, IndexField.OCCUPATION, d.occupationCode());
        keyword(doc, IndexField.LEVEL, Integer.toString(d.level()));
        keyword(doc, IndexField.SUBJECT, d.subject());
        keyword(doc, IndexField.TYPE, d.type());
        keyword(doc, IndexField.STATUS, d.status());
        keyword(doc, IndexField.KP_CODE, d.knowledgePointCode());
        keyword(doc, IndexField.AUTHOR, d.author());
        keyword(doc, IndexField.CREATOR, Long.toString(d.createdBy()));
        doc.add(new TextField(IndexField.KP_NAME.field(), d.knowledgePointName(), Field.Store.YES));
        doc.add(new Field(IndexField.STEM.field(), d.stem(), TEXT_WITH_OFFSETS));
        for (Map.Entry<String, String> o : d.options().entrySet()) {
            doc.add(new StoredField(IndexField.OPTION_LABELS.field(), o.getKey()));
            doc.add(new Field(IndexField.OPTIONS.field(), o.getValue(), TEXT_WITH_OFFSETS));
        }
        doc.add(new StoredField(IndexField.KEY.field(), d.key()));
        doc.add(new TextField(IndexField.ANALYSIS.field(), d.analysis(), Field.Store.YES));
        doc.add(new NumericDocValuesField(IndexField.USAGE.field(), d.usageCount()));
        doc.add(new StoredField(IndexField.USAGE.field(), d.usageCount()));
        long updated = d.updatedAt().toEpochMilli();
        doc.add(new NumericDocValuesField(IndexField.UPDATED.field(), updated));
        doc.add(new LongPoint(IndexField.UPDATED.field(), updated));
        doc.add(new StoredField(IndexField.UPDATED.field(), updated));
        addDup(doc, d);
        return doc;
    }

    private static void addDup(Document doc, SearchDocument d) {
        DupView v = DupView.of(d);
        doc.add(new Field(IndexField.DUP.field(), v.gramText(), DUP_TYPE));
        doc.add(new BinaryDocValuesField(IndexField.DUP_DATA.field(),
                new BytesRef(DupCodec.encode(d.itemId(), d.itemCode(), v))));
    }

    /**
     * Only what near-duplicate detection needs (candidate bigrams and stored content), without the costly
     * word segmentation: for the throw-away index of an import batch.
     */
    static Document toDupDocument(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(IndexField.ID.field(), Long.toString(d.itemId()), Field.Store.YES));
        doc.add(new StringField(IndexField.INSTITUTION.field(), Long.toString(d.institutionId()), Field.Store.YES));
        for (IndexField f : new IndexField[] {IndexField.ITEM_CODE, IndexField.OCCUPATION, IndexField.SUBJECT,
                IndexField.TYPE, IndexField.STATUS, IndexField.KP_CODE, IndexField.KP_NAME, IndexField.AUTHOR,
                IndexField.KEY, IndexField.ANALYSIS}) {
            doc.add(new StoredField(f.field(), stored(d, f)));
        }
        doc.add(new StoredField(IndexField.LEVEL.field(), Integer.toString(d.level())));
        doc.add(new StoredField(IndexField.STEM.field(), d.stem()));
        for (Map.Entry<String, String> o : d.options().entrySet()) {
            doc.add(new StoredField(IndexField.OPTION_LABELS.field(), o.getKey()));
            doc.add(new StoredField(IndexField.OPTIONS.field(), o.getValue()));
        }
        doc.add(new StoredField(IndexField.USAGE.field(), d.usageCount()));
        doc.add(new StoredField(IndexField.UPDATED.field(), d.updatedAt().toEpochMilli()));
        doc.add(new StoredField(IndexField.CREATOR.field(), Long.toString(d.createdBy())));
        addDup(doc, d);
        return doc;
    }

    private static String stored(SearchDocument d, IndexField f) {
        return switch (f) {
            case ITEM_CODE -> d.itemCode();
            case OCCUPATION -> d.occupationCode();
            case SUBJECT -> d.subject();
            case TYPE -> d.type();
            case STATUS -> d.status();
            case KP_CODE -> d.knowledgePointCode();
            case KP_NAME -> d.knowledgePointName();
            case AUTHOR -> d.author();
            case KEY -> d.key();
            case ANALYSIS -> d.analysis();
            default -> throw new IllegalArgumentException(f.name());
        };
    }

    /** Rebuilds the record from stored fields (all fields the index keeps are stored). */
    static SearchDocument fromDocument(Document doc) {
        String[] labels = doc.getValues(IndexField.OPTION_LABELS.field());
        String[] texts = doc.getValues(IndexField.OPTIONS.field());
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < labels.length && i < texts.length; i++) {
            options.put(labels[i], texts[i]);
        }
        return new SearchDocument(Long.parseLong(doc.get(IndexField.ID.field())),
                Long.parseLong(doc.get(IndexField.INSTITUTION.field())), doc.get(IndexField.ITEM_CODE.field()),
                doc.get(IndexField.OCCUPATION.field()), Integer.parseInt(doc.get(IndexField.LEVEL.field())),
                doc.get(IndexField.SUBJECT.field()), doc.get(IndexField.TYPE.field()),
                doc.get(IndexField.STATUS.field()), doc.get(IndexField.KP_CODE.field()),
                doc.get(IndexField.KP_NAME.field()), doc.get(IndexField.AUTHOR.field()),
                doc.get(IndexField.STEM.field()), options, doc.get(IndexField.KEY.field()),
                doc.get(IndexField.ANALYSIS.field()), doc.getField(IndexField.USAGE.field()).numericValue().intValue(),
                Instant.ofEpochMilli(doc.getField(IndexField.UPDATED.field()).numericValue().longValue()),
                doc.get(IndexField.CREATOR.field()) == null ? 0 : Long.parseLong(doc.get(IndexField.CREATOR.field())));
    }

    /** Exact-match filter field, stored, with doc values for sorting and facet counts. */
    private static void keyword(Document doc, IndexField f, String value) {
        doc.add(new StringField(f.field(), value, Field.Store.YES));
        doc.add(new SortedDocValuesField(f.field(), new BytesRef(value)));
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FieldType dupType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.setStored(false);
        t.freeze();
        return t;
    }
}
