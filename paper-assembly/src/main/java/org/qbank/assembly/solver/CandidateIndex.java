package org.qbank.assembly.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.domain.Item;
import org.qbank.assembly.domain.Slot;

/**
 * Every item the slots of a solution can take, numbered 0..n−1 (one number per item id), with the fields the
 * construction reads copied into arrays; 鉴定点 and 互斥组 codes are numbered too. Built once per solve.
 */
final class CandidateIndex {

    private final Map<Long, Integer> byId = new HashMap<>();
    private final List<Item> items = new ArrayList<>();
    private final Map<List<Item>, int[]> candidates = new IdentityHashMap<>();
    private final Map<String, Integer> points = new HashMap<>();
    private final Map<String, Integer> enemies = new HashMap<>();

    final boolean[] approved;
    final int[] point;
    final int[][] enemyGroups;
    final int[][] earlier;
    final int[] remainingExposure;
    final int[] difficulty;
    final int[] sessionsIssued;
    final int[] importanceCost;

    CandidateIndex(List<Slot> slots) {
        for (Slot s : slots) {
            candidates.computeIfAbsent(s.getCandidates(), this::number);
            if (s.getItem() != null) {
                number(s.getItem());
            }
        }
        int n = items.size();
        approved = new boolean[n];
        point = new int[n];
        enemyGroups = new int[n][];
        earlier = new int[n][];
        remainingExposure = new int[n];
        difficulty = new int[n];
        sessionsIssued = new int[n];
        importanceCost = new int[n];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            approved[i] = item.approved();
            point[i] = item.pointCode() == null ? -1 : points.computeIfAbsent(item.pointCode(), k -> points.size());
            enemyGroups[i] = item.enemyGroups().stream()
                    .mapToInt(g -> enemies.computeIfAbsent(g, k -> enemies.size())).toArray();
            earlier[i] = item.earlierPapers();
            remainingExposure[i] = item.remainingExposure();
            difficulty[i] = item.difficulty();
            sessionsIssued[i] = item.sessionsIssued();
            importanceCost[i] = item.importanceCost();
        }
    }

    private int[] number(List<Item> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = number(list.get(k));
        }
        return out;
    }

    private int number(Item item) {
        return byId.computeIfAbsent(item.itemId(), id -> {
            items.add(item);
            return items.size() - 1;
        });
    }

    int size() {
        return items.size();
    }

    int pointCount() {
        return points.size();
    }

    int enemyGroupCount() {
        return enemies.size();
    }

    /** The number of {@code item} (by item id). */
    int of(Item item) {
        return byId.get(item.itemId());
    }

    Item item(int number) {
        return items.get(number);
    }

    /** The numbers of a slot's value range, in the range's order. */
    int[] candidatesOf(Slot slot) {
        return candidates.get(slot.getCandidates());
    }
}
