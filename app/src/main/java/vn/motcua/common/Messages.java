package vn.motcua.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible sentence comes from {@code vn/motcua/i18n/messages_<lang>.properties}:
 * Vietnamese first, English second. Shared by the desktop and the command line.
 */
public final class Messages {
    public static final String BUNDLE = "vn.motcua.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: an English PC must still get Vietnamese.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return new Messages(language.locale());
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The sentence for {@code key} with its {@code {0}}-style placeholders filled. Always goes
     * through MessageFormat so quoting rules are the same for every entry.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageKey k) {
                resolved[i] = get(k.key());
            } else if (resolved[i] instanceof java.util.List<?> list) {
                // a list of names (role names in a refusal): each resolved, joined with commas
                resolved[i] = String.join(", ", list.stream()
                        .map(o -> o instanceof MessageKey k ? get(k.key()) : String.valueOf(o)).toList());
            }
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
