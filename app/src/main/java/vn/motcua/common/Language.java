package vn.motcua.common;

import java.util.Locale;

/** The languages of the user interface: Vietnamese by default, English from the settings. */
public enum Language {
    VI("vi"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language for a settings value; unknown or absent values give Vietnamese. */
    public static Language fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return l;
            }
        }
        return VI;
    }
}
