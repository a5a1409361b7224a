package vn.motcua.documents.source;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.common.UserFacingException;

/**
 * A scanner command line as the clerk types it in the settings, split into arguments the way a
 * shell would for simple cases, but never run through a shell: spaces separate arguments,
 * double or single quotes keep spaces inside one ({@code "C:\Program Files\NAPS2\NAPS2.Console.exe"}),
 * backslashes are plain characters (Windows paths). Quotes are removed; quoted and unquoted
 * text that touch form one argument.
 */
final class CommandTemplate {
    /** Where the output file's path goes in the template. */
    static final String OUT = "{out}";

    private CommandTemplate() {
    }

    static List<String> split(String commandLine) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        char quote = 0;
        for (int i = 0; i < commandLine.length(); i++) {
            char c = commandLine.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArgument = true;
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (quote != 0) {
            throw new UserFacingException("scan.command.unclosedQuote", commandLine, String.valueOf(quote));
        }
        if (inArgument) {
            args.add(current.toString());
        }
        if (args.isEmpty()) {
            throw new UserFacingException("scan.command.empty", CommandTemplate.OUT);
        }
        if (args.stream().noneMatch(a -> a.contains(OUT))) {
            throw new UserFacingException("scan.command.noOut", commandLine, OUT);
        }
        return List.copyOf(args);
    }
}
