package vn.motcua.documents.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.FileKind;

/**
 * The desk's scanner as a command line (SANE {@code scanimage --format=tiff --resolution 300
 * --output-file {out}}, NAPS2 console {@code "C:\Program Files\NAPS2\NAPS2.Console.exe" -o {out}}),
 * run without a shell, with a timeout. {@code {out}} becomes a fresh file in the work folder:
 * {@code scan-<time>.pdf}, or with the extension written right after it ({@code {out}.jpg}),
 * since some programs (NAPS2) pick the format from the name. Its output is then filed exactly
 * like a hot-folder file.
 */
public final class ScannerCommand {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(WorkCalendar.ZONE);
    private static final Duration KILL_GRACE = Duration.ofSeconds(10);

    private final String commandLine;
    private final List<String> template;
    private final Duration timeout;

    /** @throws UserFacingException when the command line is empty, has an unclosed quote or no {@code {out}}, or the timeout is not positive */
    public ScannerCommand(String commandLine, Duration timeout) {
        if (commandLine == null || commandLine.isBlank()) {
            throw new UserFacingException("scan.command.empty", CommandTemplate.OUT);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new UserFacingException("scan.run.timeoutInvalid", String.valueOf(timeout == null ? 0 : timeout.toSeconds()));
        }
        this.commandLine = commandLine.strip();
        this.template = CommandTemplate.split(this.commandLine);
        this.timeout = timeout;
    }

    /** The program: the first argument, as typed. */
    public String program() {
        return template.get(0);
    }

    /** The arguments that will be run when the output goes to {@code out}. */
    public List<String> arguments(Path out) {
        String base = out.toString();
        String withoutExtension = base.substring(0, base.length() - extension(out).length());
        List<String> args = new ArrayList<>();
        for (String a : template) {
            StringBuilder b = new StringBuilder();
            int from = 0;
            for (int at; (at = a.indexOf(CommandTemplate.OUT, from)) >= 0; from = at + CommandTemplate.OUT.length()) {
                b.append(a, from, at).append(followedByExtension(a, at) ? withoutExtension : base);
            }
            args.add(b.append(a.substring(from)).toString());
        }
        return args;
    }

    /** Scans into a fresh file of {@code intake}'s work folder and files it like a hot-folder file. */
    public SourceOutcome scanInto(SourceIntake intake, Target target) {
        return intake.accept(capture(intake.folders().scannerWork()), target);
    }

    /**
     * Runs the command and returns the file it wrote (renamed to the extension of its real type).
     *
     * @throws UserFacingException program not found, timed out (the whole process tree killed),
     *     exit code not 0 (with the first line it wrote to standard error), or no file written
     */
    public Path capture(Path workDir) {
        Path out = freshOutput(workDir);
        ProcessBuilder builder = new ProcessBuilder(arguments(out)).directory(workDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process;
        try {
            Files.createDirectories(workDir);
            process = builder.start();
        } catch (IOException e) {
            throw new UserFacingException(e, "scan.run.notFound", program(), String.valueOf(e.getMessage()));
        }
        ErrorOutput stderr = ErrorOutput.drain(process);
        try {
            process.getOutputStream().close(); // a program that asks for input gets end-of-file, not a hang
        } catch (IOException ignored) {
            // already exited
        }
        int exit;
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.kill(process, KILL_GRACE);
                throw new UserFacingException("scan.run.timedOut", program(), String.valueOf(timeout.toSeconds()));
            }
            exit = process.exitValue();
        } catch (InterruptedException e) {
            ProcessTree.kill(process, KILL_GRACE);
            Thread.currentThread().interrupt();
            throw new UserFacingException(e, "scan.run.interrupted", program());
        }
        if (exit != 0) {
            String line = stderr.firstLine();
            if (line == null) {
                throw new UserFacingException("scan.run.failedSilently", program(), String.valueOf(exit));
            }
            throw new UserFacingException("scan.run.failed", program(), String.valueOf(exit), line);
        }
        if (!Files.isRegularFile(out)) {
            throw new UserFacingException("scan.run.noFile", program(), CommandTemplate.OUT);
        }
        return typed(out);
    }

    private Path freshOutput(Path workDir) {
        String ext = template.stream().filter(a -> a.contains(CommandTemplate.OUT)).findFirst()
                .map(ScannerCommand::extensionAfterOut).orElse(".pdf");
        String stem = "scan-" + STAMP.format(Instant.now()) + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 24), 36);
        return workDir.toAbsolutePath().normalize().resolve(stem + ext);
    }

    private static boolean followedByExtension(String arg, int at) {
        int after = at + CommandTemplate.OUT.length();
        return after + 1 < arg.length() && arg.charAt(after) == '.' && Character.isLetterOrDigit(arg.charAt(after + 1));
    }

    /** {@code .jpg} for {@code {out}.jpg}, {@code .pdf} when nothing names a type. */
    private static String extensionAfterOut(String arg) {
        int at = arg.indexOf(CommandTemplate.OUT);
        if (!followedByExtension(arg, at)) {
            return ".pdf";
        }
        int end = at + CommandTemplate.OUT.length() + 1;
        while (end < arg.length() && Character.isLetterOrDigit(arg.charAt(end))) {
            end++;
        }
        return arg.substring(at + CommandTemplate.OUT.length(), end);
    }

    private static String extension(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    /** scanimage writes TIFF whatever the name says: the kept original gets the extension of what it is. */
    private static Path typed(Path out) {
        String ext;
        try {
            ext = switch (FileKind.sniff(out)) {
                case PDF -> ".pdf";
                case JPEG -> ".jpg";
                case PNG -> ".png";
                case TIFF -> ".tiff";
            };
        } catch (UserFacingException e) {
            return out; // empty or unknown: the import refuses it with the reason
        }
        if (extension(out).equalsIgnoreCase(ext)) {
            return out;
        }
        String name = out.getFileName().toString();
        Path renamed = SourceFolders.free(out.getParent(), name.substring(0, name.length() - extension(out).length()) + ext);
        try {
            return Files.move(out, renamed);
        } catch (IOException e) {
            return out;
        }
    }

    @Override
    public String toString() {
        return commandLine;
    }
}
