package vn.motcua.cli;

import picocli.CommandLine.IVersionProvider;

/** The version stamped into the jar's manifest by the build. */
final class VersionProvider implements IVersionProvider {
    static String version() {
        String v = RootCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"MotCua Desk " + version(), "Java " + System.getProperty("java.version")};
    }
}
