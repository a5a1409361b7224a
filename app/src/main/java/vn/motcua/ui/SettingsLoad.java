package vn.motcua.ui;

import vn.motcua.common.UserFacingException;
import vn.motcua.storage.Settings;
import vn.motcua.storage.SettingsStore;

/**
 * The desk's settings as read at start, with the problem when the file was damaged (the desk
 * then runs on defaults and says so). Read in the background after the first frame; the log-in
 * window only needs the language ({@link SettingsStore#language()}).
 */
record SettingsLoad(Settings settings, UserFacingException problem) {
    static SettingsLoad from(SettingsStore store) {
        SettingsLoad load;
        try {
            load = new SettingsLoad(store.load(), null);
        } catch (UserFacingException e) {
            load = new SettingsLoad(Settings.defaults(), e);
        }
        return load;
    }
}
