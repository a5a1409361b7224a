package vn.motcua.fees;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.common.Text;

/**
 * Pairs money received with dossiers by the dossier code in the transfer text. Banks strip dots,
 * dashes and spaces from that text and change its case ("000.00.06.H56-250314-0001" arrives as
 * "0000006H562503140001" or "0000006h56 250314 0001"), so codes are compared on letters and
 * digits only. A line that carries two different codes is left for the clerk (unmatched):
 * guessing how the money splits is not the desk's call.
 */
public final class StatementMatcher {
    private StatementMatcher() {
    }

    /**
     * Matches every line with money received (amount &gt; 0) against the expected fee of each
     * dossier code; money paid out is ignored.
     */
    public static StatementMatch match(List<StatementLine> lines, Map<String, Long> expectedByDossierCode) {
        Map<String, String> codeByKey = new LinkedHashMap<>();
        expectedByDossierCode.keySet().forEach(code -> {
            String key = key(code);
            if (!key.isEmpty()) {
                codeByKey.put(key, code);
            }
        });
        List<PaymentMatch> matched = new ArrayList<>();
        List<StatementLine> unmatched = new ArrayList<>();
        for (StatementLine line : lines) {
            if (line.amount() <= 0) {
                continue;
            }
            String text = key(line.description()) + " " + key(line.reference());
            List<String> found = new ArrayList<>();
            codeByKey.forEach((key, code) -> {
                if (text.contains(key)) {
                    found.add(key);
                }
            });
            // a code that is part of a longer code found in the same text is not a second code
            found.removeIf(k -> found.stream().anyMatch(other -> !other.equals(k) && other.contains(k)));
            if (found.size() == 1) {
                String code = codeByKey.get(found.get(0));
                Long expected = expectedByDossierCode.get(code);
                matched.add(new PaymentMatch(code, line, expected != null && expected == line.amount()));
            } else {
                unmatched.add(line);
            }
        }
        return new StatementMatch(matched, unmatched);
    }

    /** Letters and digits only, folded (marks dropped, đ → d) and lower case. */
    static String key(String text) {
        String folded = Text.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
