package se.largrupp.deploy;

import java.nio.charset.Charset;
import picocli.CommandLine.Command;

/** Prints the JVM's default charset: lets tests and operators check the UTF-8 relaunch. */
@Command(name = "charset", hidden = true, description = "Print the default charset of the running JVM.")
final class CharsetCommand implements Runnable {
    @Override
    public void run() {
        System.out.println(Charset.defaultCharset().name());
    }
}
