package vn.motcua.calendar;

/**
 * An announced overlay was refused (lịch công bố không hợp lệ): the 1-based line of the
 * overlay text and the reason. Nothing is applied when this is thrown, so the calendar in
 * force stays as it was.
 */
public final class OverlayFormatException extends IllegalArgumentException {

    private final int line;
    private final String reason;

    public OverlayFormatException(int line, String reason) {
        super("Line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
