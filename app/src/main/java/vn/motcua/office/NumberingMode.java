package vn.motcua.office;

/**
 * Who hands out the daily sequence of dossier codes for this agency ID. The portal numbers
 * online dossiers for the same agency and day, so an offline desk must never collide with it.
 */
public enum NumberingMode {
    /** The desk is the only authority for this agency ID (no portal numbering). */
    LOCAL,
    /** The desk uses a configured sub-range of the daily sequence; the portal uses the rest. */
    RANGE,
    /**
     * The desk draws from blocks of the daily sequence leased from the portal while the line is
     * up (the portal never issues them to anyone else), and from its configured offline range
     * when the leases of a day run out.
     */
    LEASED
}
