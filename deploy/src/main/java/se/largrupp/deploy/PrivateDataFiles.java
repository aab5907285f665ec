package se.largrupp.deploy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An H2 file holds the leaders' names and groups: only the server's own user may read it. Its directory (by default
 * {@code ./data}) is created {@code 0700} before H2 opens the file, and the database's files are made {@code 0600}
 * once open; files H2 makes later lie in a directory nobody else can enter. Nothing to do for PostgreSQL, an in-memory H2 or a
 * file system without POSIX permissions.
 */
final class PrivateDataFiles {
    private static final Logger log = LoggerFactory.getLogger(PrivateDataFiles.class);
    private static final Pattern OTHER_FILE_SYSTEM = Pattern.compile("^[a-zA-Z]{2,}:.*");
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateDataFiles() {}

    /**
     * Before the database opens: a missing directory is created 0700. One that exists is left as it is (it may be
     * {@code /tmp} or a volume set up on purpose); when others may enter it, a warning says so.
     */
    static void prepare(String databaseUrl) throws IOException {
        Optional<Path> file = h2File(databaseUrl);
        if (file.isEmpty() || !posix()) return;
        Path dir = file.get().getParent();
        if (Files.notExists(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
            Files.setPosixFilePermissions(dir, PRIVATE_DIRECTORY); // whatever the umask took away or left
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(dir);
        if (now.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
            log.atWarn().setMessage("others may enter the database's directory; make it private with chmod 700")
                    .addKeyValue("directory", dir).addKeyValue("permissions", PosixFilePermissions.toString(now)).log();
        }
    }

    /** Once it is open: the database's files ({@code <name>.mv.db}, {@code <name>.trace.db} …) 0600. */
    static void tighten(String databaseUrl) throws IOException {
        Optional<Path> file = h2File(databaseUrl);
        if (file.isEmpty() || !posix()) return;
        String name = file.get().getFileName().toString();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.get().getParent(), name + ".*")) {
            for (Path f : files) if (Files.isRegularFile(f)) Files.setPosixFilePermissions(f, PRIVATE_FILE);
        }
    }

    /** The file an H2 URL names, without H2's {@code .mv.db}; empty for other databases and other file systems. */
    static Optional<Path> h2File(String url) {
        if (!url.startsWith("jdbc:h2:")) return Optional.empty();
        String path = url.substring("jdbc:h2:".length());
        if (path.startsWith("file:")) path = path.substring("file:".length());
        else if (OTHER_FILE_SYSTEM.matcher(path).matches()) return Optional.empty(); // mem:, tcp:, nio:, zip: …
        int settings = path.indexOf(';');
        if (settings >= 0) path = path.substring(0, settings);
        if (path.isBlank() || OTHER_FILE_SYSTEM.matcher(path).matches()) return Optional.empty();
        if (path.startsWith("~")) path = System.getProperty("user.home") + path.substring(1);
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
