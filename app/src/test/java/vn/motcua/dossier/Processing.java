package vn.motcua.dossier;

import java.util.Set;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;

/** Test helpers for processing: staff of a small office and a received residence dossier (7 working days). */
public final class Processing {
    private Processing() {
    }

    /** Adds a clerk "thu", a specialist "lan" and a chair "hung"; returns them in that order. */
    public static Actor[] staff(AppContext context) {
        return new Actor[] {
            add(context, "thu", "Nguyễn Thị Thu", Role.CLERK),
            add(context, "lan", "Phạm Ngọc Lan", Role.SPECIALIST),
            add(context, "hung", "Lê Văn Hùng", Role.CHAIR)};
    }

    private static Actor add(AppContext context, String username, String name, Role role) {
        return context.users().add(Actor.SYSTEM, new NewUser(username, name, "mat-khau-9".toCharArray(), Set.of(role))).asActor();
    }

    /** Receives a residence registration (7 working days) and returns its code. */
    public static String receive(AppContext context, Actor clerk) {
        return context.intake().receive(clerk, Intakes.accept(context, Intakes.RESIDENCE)).code();
    }
}
