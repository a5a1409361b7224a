package vn.motcua.reports.index766;

import java.util.List;

/**
 * The codes behind one side of an indicator (the click-through): the first {@link #PAGE} in
 * code order and how many there are in all.
 *
 * @param unit whether {@code codes} are dossier codes or procedure codes
 */
public record DossierList(Unit unit, List<String> codes, long total) {
    /** Lines listed at most; the total says how many more there are. */
    public static final int PAGE = 500;

    public DossierList {
        codes = List.copyOf(codes);
    }
}
