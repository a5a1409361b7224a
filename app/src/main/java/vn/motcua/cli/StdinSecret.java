package vn.motcua.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import vn.motcua.common.UserFacingException;

/** Reads a password from the first line of standard input, so it never appears in argv or history. */
final class StdinSecret {
    private StdinSecret() {
    }

    static char[] readLine(java.io.InputStream in) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new UserFacingException("cli.passwordMissing");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UserFacingException(e, "cli.passwordMissing");
        }
    }
}
