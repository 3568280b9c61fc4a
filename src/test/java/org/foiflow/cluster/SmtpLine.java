package org.foiflow.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The network between an SMTP client (a cluster node, or a sender in a test) and an SMTP server:
 * a TCP relay on loopback that the test can
 * <ul>
 *   <li>hold (nothing more from the client reaches the server, the server's replies still reach
 *       the client) and cut (every connection closed, as when the client's machine dies);
 *   <li>take down and bring up again (while down, every connection is closed as soon as it opens:
 *       the client sees the server go away);
 *   <li>slow down the server's reply to the end of an email (the "." line after DATA, RFC 5321
 *       s.4.5.3.2.6), or drop the line instead of passing that reply on: the server has the email,
 *       the client never hears so.
 * </ul>
 * The relay finds the end of an email by watching the client's bytes for CRLF "." CRLF; the next
 * reply from the server is the one to it.
 */
public final class SmtpLine implements AutoCloseable {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final byte[] END_OF_DATA = {'\r', '\n', '.', '\r', '\n'};

  private final ServerSocket listener;
  private final int serverPort;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger endsOfData = new AtomicInteger();
  private final AtomicInteger dropsLeft = new AtomicInteger();
  private volatile boolean held;
  private volatile boolean down;
  private volatile Duration endOfDataDelay = Duration.ZERO;

  public SmtpLine(String name, int serverPort) throws IOException {
    this.serverPort = serverPort;
    this.listener = new ServerSocket(0, 100, LOOPBACK);
    Thread accepting = new Thread(this::accept, "smtp-line-" + name);
    accepting.setDaemon(true);
    accepting.start();
  }

  /** The port the client sends to. */
  public int port() {
    return listener.getLocalPort();
  }

  /** SMTP connections the client has opened so far. */
  public int connections() {
    return connections.get();
  }

  /** Emails whose end (CRLF "." CRLF) reached the server so far. */
  public int endsOfData() {
    return endsOfData.get();
  }

  /** From now on the client's commands and message data stop on the way; nothing is lost or delivered. */
  public void hold() {
    held = true;
  }

  /** The server goes away: open connections are closed, new ones closed at once, until {@link #up()}. */
  public void down() {
    down = true;
    sockets.forEach(SmtpLine::closeQuietly);
  }

  public void up() {
    down = false;
  }

  /** From now on the server's reply to the end of each email reaches the client {@code delay} late. */
  public void delayEndOfData(Duration delay) {
    endOfDataDelay = delay;
  }

  /**
   * The next {@code times} emails reach the server whole, but instead of passing the server's
   * reply to their end on, the line is dropped.
   */
  public void dropAfterEndOfData(int times) {
    dropsLeft.set(times);
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
        Socket client = listener.accept();
        if (down) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket(LOOPBACK, serverPort);
        sockets.add(client);
        sockets.add(server);
        connections.incrementAndGet();
        AtomicInteger repliesToEndOfData = new AtomicInteger();
        pump(client, server, () -> fromClient(client, server, repliesToEndOfData));
        pump(server, client, () -> fromServer(server, client, repliesToEndOfData));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Client to server; counts the ends of emails passed on, each owed a reply. */
  private void fromClient(Socket client, Socket server, AtomicInteger repliesToEndOfData) throws IOException, InterruptedException {
    byte[] buffer = new byte[8192];
    int matched = 0;
    InputStream in = client.getInputStream();
    OutputStream out = server.getOutputStream();
    int n;
    while ((n = in.read(buffer)) > 0) {
      int ends = 0;
      for (int i = 0; i < n; i++) {
        matched = buffer[i] == END_OF_DATA[matched] ? matched + 1 : buffer[i] == END_OF_DATA[0] ? 1 : 0;
        if (matched == END_OF_DATA.length) {
          ends++;
          matched = 0;
        }
      }
      while (held && !server.isClosed()) {
        Thread.sleep(50);
      }
      // Owed before the server can answer it.
      repliesToEndOfData.addAndGet(ends);
      out.write(buffer, 0, n);
      out.flush();
      endsOfData.addAndGet(ends);
    }
  }

  /** Server to client; the first reply after an end of email is slowed or dropped. */
  private void fromServer(Socket server, Socket client, AtomicInteger repliesToEndOfData) throws IOException, InterruptedException {
    byte[] buffer = new byte[8192];
    InputStream in = server.getInputStream();
    OutputStream out = client.getOutputStream();
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (repliesToEndOfData.getAndUpdate(owed -> Math.max(0, owed - 1)) > 0) {
        if (dropsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
          return;
        }
        Thread.sleep(endOfDataDelay.toMillis());
      }
      out.write(buffer, 0, n);
      out.flush();
    }
  }

  private interface Pump {
    void run() throws IOException, InterruptedException;
  }

  private void pump(Socket from, Socket to, Pump pump) {
    Thread thread =
        new Thread(
            () -> {
              try {
                pump.run();
              } catch (IOException | InterruptedException gone) {
                // The other side closed, or the line was cut.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Already closed.
    }
  }
}
