package dk.beslutningsarkiv.bench.peers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed set of JDBC connections, opened at start and handed out one request at a time: as many
 * as the benchmark's most connections, so no request waits for a connection.
 */
final class ConnectionPool implements AutoCloseable {

    private final List<Connection> all;
    private final BlockingQueue<Connection> idle;

    private ConnectionPool(List<Connection> all) {
        this.all = all;
        this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    }

    static ConnectionPool open(String url, int size) throws SQLException {
        List<Connection> connections = new ArrayList<>(size);
        try {
            for (int i = 0; i < size; i++) {
                connections.add(DriverManager.getConnection(url));
            }
        } catch (SQLException e) {
            for (Connection c : connections) {
                c.close();
            }
            throw e;
        }
        return new ConnectionPool(connections);
    }

    Connection take() throws InterruptedException {
        return idle.take();
    }

    void give(Connection connection) {
        idle.add(connection);
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : all) {
            c.close();
        }
    }
}
