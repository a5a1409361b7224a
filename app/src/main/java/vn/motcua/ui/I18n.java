package vn.motcua.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;

/** The screens' strings in the current language; screens are rebuilt when it changes. */
public final class I18n {
    private final ReadOnlyObjectWrapper<Language> language;
    private Messages messages;

    public I18n(Language language) {
        this.language = new ReadOnlyObjectWrapper<>(language);
        this.messages = Messages.of(language);
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public String t(UserFacingException e) {
        return e.localized(messages);
    }

    public Language language() {
        return language.get();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public void setLanguage(Language l) {
        messages = Messages.of(l);
        language.set(l);
    }
}
