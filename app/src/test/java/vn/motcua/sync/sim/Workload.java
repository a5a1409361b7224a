package vn.motcua.sync.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded workload: desk acts, portal acts and sync ticks in one list. A {@code racy} workload
 * also has portal withdrawals, whose outcome legitimately depends on timing (the desk's move
 * lands before or after the withdrawal), so its final portal state is not compared with the
 * fault-free run; every other invariant still holds.
 */
record Workload(List<Step> steps, boolean racy) {
    static Workload generate(long seed) {
        Random r = new Random(seed);
        boolean racy = r.nextInt(4) == 0;
        int count = 12 + r.nextInt(24);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Step.Kind.RECEIVE, 0));
        for (int i = 0; i < count; i++) {
            int roll = r.nextInt(100);
            Step.Kind k;
            if (roll < 14) {
                k = Step.Kind.RECEIVE;
            } else if (roll < 40) {
                k = Step.Kind.SYNC;
            } else if (roll < 50) {
                k = Step.Kind.UPLOAD;
            } else if (roll < 53) {
                k = Step.Kind.REMOVE_UPLOAD;
            } else if (roll < 58) {
                k = Step.Kind.ONLINE_SUBMIT;
            } else if (roll < 61) {
                k = Step.Kind.PORTAL_EDIT_ONLINE;
            } else if (roll < 63) {
                k = Step.Kind.EXPIRE_CURSORS;
            } else if (roll < 65) {
                k = Step.Kind.EXPIRE_UPLOADS;
            } else if (roll < 68 && racy) {
                k = Step.Kind.PORTAL_WITHDRAW;
            } else {
                Step.Kind[] desk = {Step.Kind.HAND_OVER, Step.Kind.HAND_OVER, Step.Kind.RESULT_READY, Step.Kind.RETURN,
                    Step.Kind.SUPPLEMENT_REQUEST, Step.Kind.SUPPLEMENT_RECEIVED, Step.Kind.DESK_WITHDRAW, Step.Kind.RATE};
                k = desk[r.nextInt(desk.length)];
            }
            steps.add(new Step(k, r.nextInt(1000)));
        }
        return new Workload(steps, racy);
    }

    Workload without(int index) {
        List<Step> fewer = new ArrayList<>(steps);
        fewer.remove(index);
        return new Workload(fewer, racy);
    }

    @Override
    public String toString() {
        return (racy ? "racy " : "") + steps;
    }
}
