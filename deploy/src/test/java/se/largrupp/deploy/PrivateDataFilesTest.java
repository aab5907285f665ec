package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.largrupp.deploy.config.Settings;

/** The H2 file and its directory are the server's user's alone (issue 10, finding 15). */
class PrivateDataFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
    }

    private static void startAndStop(String url) throws Exception {
        Application.start(Settings.of(Map.of("PORT", "0", "LARGRUPP_SANDBOX", "false", "DATABASE_URL", url))).stop();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void a_new_data_directory_is_created_0700_and_the_database_file_is_0600() throws Exception {
        Path data = dir.resolve("srv/data");
        startAndStop("jdbc:h2:file:" + data.resolve("largrupp") + ";AUTO_SERVER=FALSE");

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("largrupp.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void an_existing_open_directory_is_left_as_it_is_with_a_warning_and_the_file_is_still_0600() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (CapturedLog log = new CapturedLog()) {
            startAndStop("jdbc:h2:" + shared.resolve("largrupp"));
            assertThat(log.text()).contains("others may enter the database's directory").contains("rwxr-xr-x");
        }
        assertThat(mode(shared)).isEqualTo("rwxr-xr-x");
        assertThat(mode(shared.resolve("largrupp.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void only_h2_files_are_files() {
        assertThat(PrivateDataFiles.h2File("jdbc:h2:file:./data/largrupp;AUTO_SERVER=FALSE"))
                .contains(Path.of("data/largrupp").toAbsolutePath());
        assertThat(PrivateDataFiles.h2File("jdbc:h2:/srv/x;WRITE_DELAY=0")).contains(Path.of("/srv/x"));
        assertThat(PrivateDataFiles.h2File("jdbc:h2:~/x")).contains(Path.of(System.getProperty("user.home"), "x"));
        assertThat(PrivateDataFiles.h2File("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(PrivateDataFiles.h2File("jdbc:h2:tcp://db/x")).isEmpty();
        assertThat(PrivateDataFiles.h2File("jdbc:h2:nio:/srv/x")).isEmpty();
        assertThat(PrivateDataFiles.h2File("jdbc:postgresql://db/x")).isEmpty();
    }
}
