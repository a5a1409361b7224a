package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.common.Text;

/**
 * Type-ahead over a catalogue for the intake screen: "chung thuc" finds "Chứng thực…", a code
 * prefix such as "2.0008" finds the codes it starts. Folded keys are computed once, so a search
 * over a few thousand procedures is a few string scans (well inside one 16 ms frame).
 *
 * <p>Ranking: code prefix, then name starting with the query, then the query at the start of a
 * word of the name, then anywhere in the name, then every word of the query somewhere in the
 * name or field; catalogue order within a rank.
 */
public final class ProcedureIndex {
    private static final int RANKS = 5;

    private final List<Procedure> procedures;
    private final String[] codes;
    private final String[] names;
    private final String[] haystacks;

    private ProcedureIndex(List<Procedure> procedures) {
        this.procedures = List.copyOf(procedures);
        int n = this.procedures.size();
        codes = new String[n];
        names = new String[n];
        haystacks = new String[n];
        for (int i = 0; i < n; i++) {
            Procedure p = this.procedures.get(i);
            codes[i] = Text.fold(p.code());
            names[i] = Text.fold(p.name());
            haystacks[i] = names[i] + " " + Text.fold(p.field()) + " " + codes[i];
        }
    }

    public static ProcedureIndex of(List<Procedure> procedures) {
        return new ProcedureIndex(procedures);
    }

    /** At most {@code limit} procedures matching {@code query}, best first; a blank query lists the catalogue. */
    public List<Procedure> search(String query, int limit) {
        String q = Text.fold(query);
        if (limit <= 0) {
            return List.of();
        }
        if (q.isEmpty()) {
            return procedures.subList(0, Math.min(limit, procedures.size()));
        }
        String[] words = q.split(" ");
        String wordStart = " " + q;
        List<List<Procedure>> ranked = new ArrayList<>(RANKS);
        for (int r = 0; r < RANKS; r++) {
            ranked.add(new ArrayList<>());
        }
        int found = 0;
        for (int i = 0; i < codes.length; i++) {
            int rank = rank(i, q, wordStart, words);
            if (rank >= 0) {
                ranked.get(rank).add(procedures.get(i));
                found++;
                if (rank == 0 && ranked.get(0).size() >= limit) {
                    break; // nothing can outrank these
                }
            }
        }
        List<Procedure> out = new ArrayList<>(Math.min(limit, found));
        for (List<Procedure> bucket : ranked) {
            for (Procedure p : bucket) {
                if (out.size() == limit) {
                    return out;
                }
                out.add(p);
            }
        }
        return out;
    }

    private int rank(int i, String q, String wordStart, String[] words) {
        if (codes[i].startsWith(q)) {
            return 0;
        }
        String name = names[i];
        if (name.startsWith(q)) {
            return 1;
        }
        if (name.contains(wordStart)) {
            return 2;
        }
        if (name.contains(q)) {
            return 3;
        }
        if (words.length > 1) {
            for (String w : words) {
                if (!haystacks[i].contains(w)) {
                    return -1;
                }
            }
            return 4;
        }
        return haystacks[i].contains(q) ? 4 : -1;
    }
}
