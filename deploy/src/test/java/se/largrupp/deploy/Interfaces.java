package se.largrupp.deploy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Optional;

/** This machine's addresses, for tests of what a server listens on. */
public final class Interfaces {
    private Interfaces() {}

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    public static Optional<InetAddress> nonLoopback() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(Interfaces::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean up(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
