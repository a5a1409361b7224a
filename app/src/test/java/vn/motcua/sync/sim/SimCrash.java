package vn.motcua.sync.sim;

/** The desk process "dies" here: thrown out of the adapter, through the real sync code, to the simulation. */
final class SimCrash extends RuntimeException {
    SimCrash(String where) {
        super("simulated crash: " + where, null, false, false);
    }
}
