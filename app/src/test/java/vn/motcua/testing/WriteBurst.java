package vn.motcua.testing;

import java.nio.file.Path;
import java.util.EnumSet;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;

/**
 * Child process for crash tests: commits accounts as fast as it can and prints each user name
 * only after its transaction committed, until it is killed.
 */
public final class WriteBurst {
    private WriteBurst() {
    }

    public static void main(String[] args) {
        AppContext context = TestOffice.initialized(Path.of(args[0]));
        System.out.println("READY");
        for (int i = 0; ; i++) {
            String name = "user" + i;
            context.users().add(Actor.SYSTEM, new NewUser(name, "Người dùng " + i, "mat-khau-9".toCharArray(),
                    EnumSet.of(Role.CLERK)));
            System.out.println(name);
            System.out.flush();
        }
    }
}
