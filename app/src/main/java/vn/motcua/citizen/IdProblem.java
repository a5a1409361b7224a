package vn.motcua.citizen;

import java.util.Arrays;
import java.util.Objects;
import vn.motcua.common.UserFacingException;

/**
 * One thing wrong with what was typed for an applicant: a message key and its arguments. The
 * Vietnamese sentence behind the key names the field and says how to fix it; screens show every
 * problem live, services throw the first one.
 */
public record IdProblem(String key, Object... args) {
    public IdProblem {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** The exception a service throws for this problem. */
    public UserFacingException toException() {
        return new UserFacingException(key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdProblem p && key.equals(p.key) && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
