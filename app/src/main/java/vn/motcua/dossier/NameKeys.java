package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import vn.motcua.common.Text;

/**
 * Search keys of an applicant's name: the folded name and each of its word suffixes ("Đặng Thị
 * Hồng" → "dang thi hong", "thi hong", "hong"). A search typed as the start of any of them
 * ("hong", "thi h", "dang thi hong") is one index range over {@code dossier_name_key}.
 */
public final class NameKeys {
    static final int MAX = 128;

    private NameKeys() {
    }

    /** The folded words of a name or a query, without punctuation ("Đặng  Thị-Hồng" → dang, thi, hong). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : Text.fold(text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    public static Set<String> of(String name) {
        List<String> words = words(name);
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String key = String.join(" ", words.subList(i, words.size()));
            keys.add(key.length() > MAX ? key.substring(0, MAX) : key);
        }
        return keys;
    }

    static void insert(Session s, UUID dossierId, String name) {
        for (String key : of(name)) {
            s.createNativeMutationQuery("insert into dossier_name_key (name_key, dossier_id) values (:k, :d)")
                    .setParameter("k", key).setParameter("d", dossierId).executeUpdate();
        }
    }
}
