package org.qbank.assembly.blueprint;

/** 重要程度 of a 鉴定点: X core, Y general, Z auxiliary. Blueprints prefer X before Y before Z. */
public enum Importance {
    X, Y, Z;

    /** Soft cost of using a point of this importance: X free, Y 1, Z 3. */
    public int preferenceCost() {
        return switch (this) {
            case X -> 0;
            case Y -> 1;
            case Z -> 3;
        };
    }
}
