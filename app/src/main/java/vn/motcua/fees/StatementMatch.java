package vn.motcua.fees;

import java.util.List;

/** Result of matching a statement: lines paired with dossiers, and money received that pairs with none. */
public record StatementMatch(List<PaymentMatch> matched, List<StatementLine> unmatched) {
    public StatementMatch {
        matched = List.copyOf(matched);
        unmatched = List.copyOf(unmatched);
    }
}
