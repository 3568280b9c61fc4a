package org.foiflow.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The network between one cluster node and the SMTP server: a TCP relay on loopback that the
 * test can hold (nothing more from the node reaches the server, the server's replies still reach
 * the node) and cut (every connection closed, as when the node's machine dies).
 */
final class SmtpLine implements AutoCloseable {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private final ServerSocket listener;
  private final int serverPort;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean held;

  SmtpLine(String name, int serverPort) throws IOException {
    this.serverPort = serverPort;
    this.listener = new ServerSocket(0, 100, LOOPBACK);
    Thread accepting = new Thread(this::accept, "smtp-line-" + name);
    accepting.setDaemon(true);
    accepting.start();
  }

  /** The port the node sends to. */
  int port() {
    return listener.getLocalPort();
  }

  /** SMTP connections the node has opened so far. */
  int connections() {
    return connections.get();
  }

  /** From now on the node's commands and message data stop on the way; nothing is lost or delivered. */
  void hold() {
    held = true;
  }

  @Override
  public void close() {
    held = true;
    closeQuietly(listener);
    sockets.forEach(SmtpLine::closeQuietly);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket node = listener.accept();
        Socket server = new Socket(LOOPBACK, serverPort);
        sockets.add(node);
        sockets.add(server);
        connections.incrementAndGet();
        relay(node, server, true);
        relay(server, node, false);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void relay(Socket from, Socket to, boolean holdable) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                  while (holdable && held && !to.isClosed()) {
                    Thread.sleep(50);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException gone) {
                // The other side closed, or the line was cut.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Already closed.
    }
  }
}
