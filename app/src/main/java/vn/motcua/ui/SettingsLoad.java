package vn.motcua.ui;

import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.storage.Settings;
import vn.motcua.storage.SettingsStore;

/**
 * The desk's settings as read at start, with the problem when the file was damaged (the desk
 * then runs on defaults and says so). Read on a worker while the toolkit starts.
 */
record SettingsLoad(Settings settings, UserFacingException problem) {
    static SettingsLoad from(SettingsStore store) {
        SettingsLoad load;
        try {
            load = new SettingsLoad(store.load(), null);
        } catch (UserFacingException e) {
            load = new SettingsLoad(Settings.defaults(), e);
        }
        Messages.of(load.settings().language()); // loads the bundle while the toolkit starts
        return load;
    }
}
