package vn.motcua.storage;

import java.util.function.Consumer;
import vn.motcua.common.Messages;

/**
 * An {@link UpgradeListener} that turns each step into one sentence in the office's language
 * and hands it to {@code say}: the command line prints it on standard error, the desktop shows
 * it on the log-in card while the database opens.
 */
public final class UpgradeNews implements UpgradeListener {
    private final Messages messages;
    private final Consumer<String> say;

    public UpgradeNews(Messages messages, Consumer<String> say) {
        this.messages = messages;
        this.say = say;
    }

    @Override
    public void scanningAfterCrash(long megabytes) {
        say.accept(messages.get("storage.crashScan", megabytes));
    }

    @Override
    public void backingUp(String from, String to) {
        say.accept(messages.get("storage.upgrade.backingUp", from, to));
    }

    @Override
    public void migrating(String from, String to) {
        say.accept(messages.get("storage.upgrade.migrating", from, to));
    }

    @Override
    public void upgraded(SchemaUpgrade upgrade) {
        say.accept(upgrade.note(messages));
    }
}
