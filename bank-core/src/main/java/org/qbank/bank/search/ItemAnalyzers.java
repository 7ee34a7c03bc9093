package org.qbank.bank.search;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;

/**
 * The analysis chain: NFKC folding → Han runs segmented by SmartChinese, Latin/digit runs kept whole (plus their
 * parts at index time) → lower case. The near-duplicate field gets character bigrams of already normalised text.
 */
final class ItemAnalyzers {

    private ItemAnalyzers() {
    }

    /** For indexing and highlighting. */
    static Analyzer index() {
        return perField(text(true));
    }

    /** For parsing what users type. */
    static Analyzer query() {
        return perField(text(false));
    }

    static Analyzer text(boolean emitParts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new MixedScriptTokenizer(emitParts));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return Nfkc.wrap(reader);
            }
        };
    }

    /** Bigrams within segments separated by newlines (stem, then each option). */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new NGramTokenizer(2, 2) {
                    @Override
                    protected boolean isTokenChar(int chr) {
                        return chr != '\n';
                    }
                });
            }
        };
    }

    private static Analyzer perField(Analyzer text) {
        return new PerFieldAnalyzerWrapper(text, Map.of(
                IndexField.DUP.field(), bigrams(),
                IndexField.ITEM_CODE.field(), new KeywordAnalyzer()));
    }
}
