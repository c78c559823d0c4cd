import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.WebServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Experiment for docs/performance.md: the least work Carlot's stack can do for scenario 1.
 * Helidon SE, HikariCP and the PostgreSQL driver as Carlot uses them, the same statement, a car's
 * JSON written by hand without escaping, and nothing else: no filters, metrics, authentication,
 * validation or problem answers. Its requests/s bound what any server on this stack reaches here.
 *
 * java -cp <Carlot's jars> Ceiling.java PORT JDBC_URL
 */
public final class Ceiling {
    private static final String BY_ID = "select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage,"
            + " c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c where c.id = ?";

    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[1]);
        config.setMaximumPoolSize(16);
        HikariDataSource pool = new HikariDataSource(config);
        WebServer.builder().host("127.0.0.1").port(Integer.parseInt(args[0]))
                .routing(routing -> routing.get("/api/cars/{id}", (req, res) -> {
                    long id = Long.parseLong(req.path().pathParameters().get("id"));
                    String json;
                    try (Connection connection = pool.getConnection();
                         PreparedStatement statement = connection.prepareStatement(BY_ID)) {
                        statement.setLong(1, id);
                        try (ResultSet rows = statement.executeQuery()) {
                            if (!rows.next()) {
                                res.status(404).send();
                                return;
                            }
                            json = "{\"id\":" + rows.getLong(1) + ",\"sellerId\":" + rows.getLong(2)
                                    + ",\"brand\":\"" + rows.getString(3) + "\",\"model\":\"" + rows.getString(4)
                                    + "\",\"year\":" + rows.getInt(5) + ",\"price\":" + rows.getBigDecimal(6)
                                    + ",\"mileage\":" + rows.getInt(7) + ",\"color\":\"" + rows.getString(8)
                                    + "\",\"description\":\"" + rows.getString(9) + "\",\"images\":\"" + rows.getString(10)
                                    + "\",\"status\":\"" + rows.getString(11)
                                    + "\",\"createdAt\":\"" + rows.getTimestamp(12).toInstant()
                                    + "\",\"updatedAt\":\"" + rows.getTimestamp(13).toInstant() + "\"}";
                        }
                    }
                    res.header(HeaderValues.CONTENT_TYPE_JSON);
                    res.send(json.getBytes(StandardCharsets.UTF_8));
                }))
                .build().start();
        System.out.println("ceiling: listening on " + args[0]);
    }
}
