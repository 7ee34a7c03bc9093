package org.qbank.bank.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Character alignment (longest common subsequence) of two normalised stems, to tell a reworded stem from a
 * different question built on the same template. Rewording inserts, drops or moves words and exchanges function
 * characters (它/他, 不准/不得); a different question exchanges a term (冷却/冻结, 常量/微量, 数字证书/认证技术).
 * <p>
 * {@code swaps} counts unaligned gaps with text on both sides that is not a function-character exchange;
 * {@code uniqueA}/{@code uniqueB} count unaligned content characters that occur nowhere in the other stem (a
 * moved word is not new content). A single aligned character between two gaps is taken as a coincidence
 * ("性质" / "级别中最高" around a shared "的").
 */
record StemAlignment(int common, int swaps, int uniqueA, int uniqueB, String swapA, String swapB) {

    /** Longer stems are compared on their first characters only, to bound the quadratic cost. */
    static final int MAX_CHARS = 300;
    private static final String FUNCTION_CHARS = "的地得之其该此这那是为于与和及或以了着过也都就还又很较更最应须需要可能会将被把对向从由到给让使常宜准他它她即均在有当";

    /** Whether the two stems say different things: a swapped term, or new content on both sides. */
    boolean different() {
        return swaps > 0 || uniqueA >= 2 && uniqueB >= 2;
    }

    static StemAlignment of(String a, String b) {
        a = a.length() > MAX_CHARS ? a.substring(0, MAX_CHARS) : a;
        b = b.length() > MAX_CHARS ? b.substring(0, MAX_CHARS) : b;
        return gaps(ops(a, b), a, b);
    }

    /**
     * The first unaligned gap with content characters on both sides ("灰" / "可锻", "单" / "三"), as "a/b", or
     * null. Shorter than a swapped term: used only where the answer changes with it.
     */
    static String exchangedTerm(String a, String b) {
        a = a.length() > MAX_CHARS ? a.substring(0, MAX_CHARS) : a;
        b = b.length() > MAX_CHARS ? b.substring(0, MAX_CHARS) : b;
        StringBuilder ga = new StringBuilder();
        StringBuilder gb = new StringBuilder();
        List<char[]> ops = ops(a, b);
        for (int k = 0; k <= ops.size(); k++) {
            char[] op = k < ops.size() ? ops.get(k) : null;
            if (op == null || op[0] == 'M') {
                if (hasContent(ga) && hasContent(gb)) {
                    return ga + "/" + gb;
                }
                ga.setLength(0);
                gb.setLength(0);
            } else if (op[0] == 'A') {
                ga.append(op[1]);
            } else {
                gb.append(op[1]);
            }
        }
        return null;
    }

    private static boolean hasContent(CharSequence s) {
        return s.chars().anyMatch(c -> FUNCTION_CHARS.indexOf(c) < 0);
    }

    /** Longest-common-subsequence edit script: 'M' aligned, 'A' only in a, 'B' only in b, with the character. */
    private static List<char[]> ops(String a, String b) {
        int n = a.length();
        int m = b.length();
        int w = m + 1;
        int[] lcs = new int[(n + 1) * w]; // lcs[i * w + j]: one allocation, rows contiguous
        for (int i = n - 1; i >= 0; i--) {
            char ca = a.charAt(i);
            for (int j = m - 1; j >= 0; j--) {
                lcs[i * w + j] = ca == b.charAt(j) ? lcs[(i + 1) * w + j + 1] + 1
                        : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
            }
        }
        List<char[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.charAt(i) == b.charAt(j) && lcs[i * w + j] == lcs[(i + 1) * w + j + 1] + 1) {
                ops.add(new char[] {'M', a.charAt(i)});
                i++;
                j++;
            } else if (j >= m || i < n && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                ops.add(new char[] {'A', a.charAt(i++)});
            } else {
                ops.add(new char[] {'B', b.charAt(j++)});
            }
        }
        dissolveIslands(ops);
        return ops;
    }

    /** An aligned single character with unaligned text on both of its sides becomes unaligned. */
    private static void dissolveIslands(List<char[]> ops) {
        List<char[]> out = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            char[] op = ops.get(k);
            boolean island = op[0] == 'M' && k > 0 && k + 1 < ops.size()
                    && ops.get(k - 1)[0] != 'M' && ops.get(k + 1)[0] != 'M';
            if (island) {
                out.add(new char[] {'A', op[1]});
                out.add(new char[] {'B', op[1]});
            } else {
                out.add(op);
            }
        }
        ops.clear();
        ops.addAll(out);
    }

    private static StemAlignment gaps(List<char[]> ops, String a, String b) {
        int common = 0;
        int swaps = 0;
        int uniqueA = 0;
        int uniqueB = 0;
        String firstA = "";
        String firstB = "";
        StringBuilder ga = new StringBuilder();
        StringBuilder gb = new StringBuilder();
        for (int k = 0; k <= ops.size(); k++) {
            char[] op = k < ops.size() ? ops.get(k) : null;
            if (op == null || op[0] == 'M') {
                if (isSwap(ga, gb)) {
                    if (swaps++ == 0) {
                        firstA = ga.toString();
                        firstB = gb.toString();
                    }
                }
                uniqueA += unique(ga, b);
                uniqueB += unique(gb, a);
                ga.setLength(0);
                gb.setLength(0);
                common += op == null ? 0 : 1;
            } else if (op[0] == 'A') {
                ga.append(op[1]);
            } else {
                gb.append(op[1]);
            }
        }
        return new StemAlignment(common, swaps, uniqueA, uniqueB, firstA, firstB);
    }

    private static boolean isSwap(CharSequence a, CharSequence b) {
        if (a.length() == 0 || b.length() == 0) {
            return false;
        }
        if (a.length() == 1 && b.length() == 1) {
            return FUNCTION_CHARS.indexOf(a.charAt(0)) < 0 || FUNCTION_CHARS.indexOf(b.charAt(0)) < 0;
        }
        return a.length() + b.length() >= 4;
    }

    private static int unique(CharSequence gap, String other) {
        int n = 0;
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (FUNCTION_CHARS.indexOf(c) < 0 && other.indexOf(c) < 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Clause by clause, each clause of {@code a} against its best counterpart in {@code b}: reordered clauses
     * align fully, while a term swapped inside a clause still shows.
     */
    static StemAlignment ofClauses(List<String> a, List<String> b) {
        boolean[] used = new boolean[b.size()];
        String wholeA = String.join("", a);
        String wholeB = String.join("", b);
        int common = 0;
        int swaps = 0;
        int uniqueA = 0;
        int uniqueB = 0;
        String firstA = "";
        String firstB = "";
        for (String ca : a) {
            // The counterpart is chosen on the alignment length alone (cheap); only it is aligned in full.
            int bestIndex = -1;
            int bestCommon = -1;
            for (int j = 0; j < b.size(); j++) {
                if (!used[j]) {
                    int c = lcsLength(ca, b.get(j));
                    if (c > bestCommon) {
                        bestCommon = c;
                        bestIndex = j;
                    }
                }
            }
            StemAlignment best = bestCommon >= 2 ? of(ca, b.get(bestIndex)) : null;
            if (best != null && best.common() >= 2) {
                used[bestIndex] = true;
                common += best.common();
                if (best.swaps() > 0 && swaps == 0) {
                    firstA = best.swapA();
                    firstB = best.swapB();
                }
                swaps += best.swaps();
                // New content is judged against the whole other stem: a word moved to another clause is not new.
                uniqueA += Math.min(best.uniqueA(), unique(ca, wholeB));
                uniqueB += Math.min(best.uniqueB(), unique(b.get(bestIndex), wholeA));
            }
        }
        return new StemAlignment(common, swaps, uniqueA, uniqueB, firstA, firstB);
    }

    /** Minimum length of a common run in {@link #tiledSame}: single characters coincide too easily. */
    static final int MIN_TILE = 2;
    /** Question words that rewording adds or drops ("…是多少", "…是什么"): never a swapped term. */
    private static final String QUESTION_CHARS = "多少什么哪种些怎样如何";

    /**
     * Greedy string tiling: the longest common runs (≥ {@link #MIN_TILE} characters), in any order, cover at
     * least {@code coverage} of the shorter stem, and the stems do not each keep content of their own — new
     * content on one side only is inserted context, on both sides a swapped term (冷却 / 冻结).
     */
    static boolean tiledSame(String a, String b, double coverage) {
        a = a.length() > MAX_CHARS ? a.substring(0, MAX_CHARS) : a;
        b = b.length() > MAX_CHARS ? b.substring(0, MAX_CHARS) : b;
        boolean[] ma = new boolean[a.length()];
        boolean[] mb = new boolean[b.length()];
        List<int[]> tiles = tile(a, b, ma, mb);
        int tiled = tiles.stream().mapToInt(t -> t[2]).sum();
        if (tiled < coverage * Math.min(a.length(), b.length()) || exchangedInPlace(a, b, tiles)) {
            return false;
        }
        return ownContent(a, ma, b) == 0 || ownContent(b, mb, a) == 0;
    }

    /** Greedy string tiling: marks and returns the longest common runs, longest first, {startA, startB, length}. */
    private static List<int[]> tile(String a, String b, boolean[] ma, boolean[] mb) {
        List<int[]> tiles = new ArrayList<>();
        while (true) {
            int[] run = longestUnmarkedRun(a, b, ma, mb);
            if (run[2] < MIN_TILE) {
                return tiles;
            }
            for (int k = 0; k < run[2]; k++) {
                ma[run[0] + k] = true;
                mb[run[1] + k] = true;
            }
            tiles.add(run);
        }
    }

    /**
     * Whether two tiles that follow each other in both stems (or a tile and a stem's start or end) enclose text
     * on both sides that is not just function characters: a term exchanged in place (常量 / 微量).
     */
    private static boolean exchangedInPlace(String a, String b, List<int[]> tiles) {
        List<int[]> all = new ArrayList<>(tiles);
        all.add(new int[] {0, 0, 0});
        all.add(new int[] {a.length(), b.length(), 0});
        all.sort(java.util.Comparator.comparingInt((int[] t) -> t[0]).thenComparingInt(t -> t[2]));
        for (int k = 0; k + 1 < all.size(); k++) {
            int[] t1 = all.get(k);
            int[] t2 = all.get(k + 1);
            int endA = t1[0] + t1[2];
            int endB = t1[1] + t1[2];
            if (t2[1] < endB) {
                continue;
            }
            boolean adjacentInB = true;
            for (int[] t : all) {
                if (t != t1 && t != t2 && t[1] >= endB && t[1] < t2[1] && t[2] > 0) {
                    adjacentInB = false;
                    break;
                }
            }
            if (adjacentInB && t2[0] > endA && t2[1] > endB
                    && isSwap(a.substring(endA, t2[0]), b.substring(endB, t2[1]))) {
                return true;
            }
        }
        return false;
    }

    /** {startA, startB, length} of the longest common run of unmarked characters. */
    private static int[] longestUnmarkedRun(String a, String b, boolean[] ma, boolean[] mb) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        int bestLen = 0;
        int bestA = 0;
        int bestB = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = !ma[i - 1] && !mb[j - 1] && a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                if (cur[j] > bestLen) {
                    bestLen = cur[j];
                    bestA = i - cur[j];
                    bestB = j - cur[j];
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            java.util.Arrays.fill(cur, 0);
        }
        return new int[] {bestA, bestB, bestLen};
    }

    /** Unmarked content characters of {@code s} that occur nowhere in {@code other}, question words aside. */
    private static int ownContent(String s, boolean[] marked, String other) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!marked[k] && FUNCTION_CHARS.indexOf(c) < 0 && QUESTION_CHARS.indexOf(c) < 0 && c != '#'
                    && other.indexOf(c) < 0) {
                n++;
            }
        }
        return n;
    }

    /** 2·LCS / (|a| + |b|): how well two short texts align character by character, in order. */
    static double lcsDice(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        return 2.0 * lcsLength(a, b) / (a.length() + b.length());
    }

    /** Length of the longest common subsequence, in two rows of memory. */
    static int lcsLength(String a, String b) {
        a = a.length() > MAX_CHARS ? a.substring(0, MAX_CHARS) : a;
        b = b.length() > MAX_CHARS ? b.substring(0, MAX_CHARS) : b;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Characters in common counted with multiplicity: a cheap upper bound of the alignment length. */
    static int sharedChars(String a, String b) {
        java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < a.length(); i++) {
            counts.merge(a.charAt(i), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i < b.length(); i++) {
            Integer c = counts.get(b.charAt(i));
            if (c != null && c > 0) {
                counts.put(b.charAt(i), c - 1);
                shared++;
            }
        }
        return shared;
    }

    /** Share of the shorter stem that aligns. */
    double coverage(String a, String b) {
        int shorter = Math.min(Math.min(a.length(), b.length()), MAX_CHARS);
        return shorter == 0 ? 0 : (double) common / shorter;
    }

    double coverage(List<String> a, List<String> b) {
        return coverage(String.join("", a), String.join("", b));
    }
}
