package org.qbank.bank.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits text into runs of Han characters, handed to SmartChinese's HMM word segmenter, and runs of Latin
 * letters and digits, kept whole so that "220V", "3.5mm2", "CO2" and "192.168.1.1" stay one token. SmartChinese
 * alone cuts these apart ("220" "v") and drops the decimal point.
 * <p>
 * With {@code emitParts} (index time) the parts of a mixed run are also emitted at the same position, so a query
 * for "220" or "mm" still finds "220V" and "3.5mm2"; at query time only whole runs are produced, so a query for
 * "220V" does not match every "V".
 */
final class MixedScriptTokenizer extends Tokenizer {

    /** Numbers (with decimals) and letter runs inside a mixed run: "3.5mm2" → 3.5, mm, 2. */
    private static final Pattern PART = Pattern.compile("\\d+(?:\\.\\d+)*|[^\\d.]+");

    private final boolean emitParts;
    private final HMMChineseTokenizer han = new HMMChineseTokenizer();
    private final CharTermAttribute hanTerm = han.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute hanOffset = han.addAttribute(OffsetAttribute.class);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    private final List<Tok> pending = new ArrayList<>();
    private int next;
    private int length;

    MixedScriptTokenizer(boolean emitParts) {
        this.emitParts = emitParts;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1024];
        for (int n; (n = input.read(buf)) > 0; ) {
            sb.append(buf, 0, n);
        }
        String text = sb.toString();
        length = text.length();
        pending.clear();
        next = 0;
        split(text);
    }

    @Override
    public boolean incrementToken() {
        if (next >= pending.size()) {
            return false;
        }
        clearAttributes();
        Tok t = pending.get(next++);
        term.setEmpty().append(t.text);
        offset.setOffset(correctOffset(t.start), correctOffset(t.end));
        posInc.setPositionIncrement(t.inc);
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offset.setOffset(end, end);
    }

    private void split(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isHan(c)) {
                int j = i;
                while (j < text.length() && isHan(text.charAt(j))) {
                    j++;
                }
                segmentHan(text.substring(i, j), i);
                i = j;
            } else if (isWordChar(c)) {
                int j = i;
                while (j < text.length() && (isWordChar(text.charAt(j)) || isInnerDot(text, j))) {
                    j++;
                }
                addRun(text.substring(i, j), i);
                i = j;
            } else {
                i++;
            }
        }
    }

    private void addRun(String run, int start) {
        String lower = run.toLowerCase(Locale.ROOT);
        pending.add(new Tok(lower, start, start + run.length(), 1));
        if (!emitParts) {
            return;
        }
        Matcher m = PART.matcher(lower);
        while (m.find()) {
            if (m.end() - m.start() < lower.length()) {
                pending.add(new Tok(m.group(), start + m.start(), start + m.end(), 0));
            }
        }
    }

    private void segmentHan(String run, int start) {
        try {
            han.setReader(new StringReader(run));
            han.reset();
            while (han.incrementToken()) {
                pending.add(new Tok(hanTerm.toString(), start + hanOffset.startOffset(), start + hanOffset.endOffset(), 1));
            }
            han.end();
            han.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    /** A decimal point or dotted number: "3.5", "192.168.1.1". */
    private static boolean isInnerDot(String text, int j) {
        return text.charAt(j) == '.' && j > 0 && j + 1 < text.length()
                && Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1));
    }

    private record Tok(String text, int start, int end, int inc) {
    }
}
