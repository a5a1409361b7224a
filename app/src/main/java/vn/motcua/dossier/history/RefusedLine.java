package vn.motcua.dossier.history;

import vn.motcua.common.Messages;

/** A line of a history file that was not imported: its number (from 1) and why, as a message key and arguments. */
public record RefusedLine(long line, String key, Object[] args) {
    public RefusedLine {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** The reason sentence in the office's language. */
    public String reason(Messages messages) {
        return messages.get(key, args);
    }
}
