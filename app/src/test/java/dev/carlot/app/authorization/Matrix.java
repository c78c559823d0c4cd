package dev.carlot.app.authorization;

import static dev.carlot.app.authorization.Cell.of;

import java.util.List;

/**
 * Every route against every role, with the status api.md implies. The user is the buyer of
 * the order, the asker of the inquiry, the author of the review and the post; the seller owns
 * the reserved car and the free car; the other seller owns neither and is no party to the
 * user's order or inquiry, so those answer him 404, as to a stranger.
 */
final class Matrix {
    private static final String CAR = "{\"brand\":\"Saab\",\"model\":\"900\",\"year\":1990,\"price\":4500,\"mileage\":210000}";

    static final List<Cell> CELLS = List.of(
            // accounts
            of("POST", "/api/auth/register", "{\"email\":\"{newEmail}\",\"name\":\"New\",\"password\":\"long enough 1\"}",
                    201, 201, 201, 201, 201),
            of("POST", "/api/auth/login", "{\"email\":\"{userEmail}\",\"password\":\"correct horse battery\"}",
                    200, 200, 200, 200, 200),
            of("POST", "/api/auth/logout", 401, 204, 204, 204, 204),
            of("GET", "/api/users/me", 401, 200, 200, 200, 200),
            of("GET", "/api/users", 401, 403, 403, 403, 200),
            of("GET", "/api/users/{user}", 401, 200, 403, 403, 200),
            of("GET", "/api/users/999999999", 401, 403, 403, 403, 404),
            of("PATCH", "/api/users/{user}", "{\"name\":\"Renamed\"}", 401, 200, 403, 403, 200),
            of("PATCH", "/api/users/{user}", "{\"role\":\"admin\"}", 401, 403, 403, 403, 200),
            of("DELETE", "/api/users/{bystander}", 401, 403, 403, 403, 204),
            // the user has an order and both sellers cars on offer; the admin has nothing
            of("DELETE", "/api/users/{self}", 401, 409, 409, 409, 204),
            // cars
            of("GET", "/api/cars", 200, 200, 200, 200, 200),
            of("GET", "/api/cars/{reservedCar}", 200, 200, 200, 200, 200),
            of("GET", "/api/cars/999999999", 404, 404, 404, 404, 404),
            of("POST", "/api/cars", CAR, 401, 403, 201, 201, 201),
            of("PATCH", "/api/cars/{freeCar}", "{\"price\":4000}", 401, 403, 200, 403, 200),
            of("PATCH", "/api/cars/{reservedCar}", "{\"status\":\"archived\"}", 401, 403, 409, 403, 409),
            of("DELETE", "/api/cars/{freeCar}", 401, 403, 204, 403, 204),
            of("DELETE", "/api/cars/{reservedCar}", 401, 403, 409, 403, 409),
            // orders
            of("POST", "/api/orders", "{\"carId\":{freeCar}}", 401, 201, 403, 201, 201),
            of("POST", "/api/orders", "{\"carId\":{reservedCar}}", 401, 409, 403, 409, 409),
            of("GET", "/api/orders", 401, 200, 200, 200, 200),
            of("GET", "/api/orders/{order}", 401, 200, 200, 404, 200),
            of("PATCH", "/api/orders/{order}", "{\"status\":\"confirmed\"}", 401, 403, 200, 404, 200),
            of("PATCH", "/api/orders/{order}", "{\"status\":\"cancelled\"}", 401, 200, 200, 404, 200),
            of("PATCH", "/api/orders/{order}", "{\"status\":\"completed\"}", 401, 409, 409, 404, 409),
            // inquiries
            of("POST", "/api/cars/{otherCar}/inquiries", "{\"message\":\"Any rust?\"}", 401, 201, 201, 403, 201),
            of("GET", "/api/inquiries", 401, 200, 200, 200, 200),
            of("GET", "/api/inquiries/{inquiry}", 401, 200, 200, 404, 200),
            of("PATCH", "/api/inquiries/{inquiry}", "{\"reply\":\"Yes\"}", 401, 403, 200, 404, 200),
            of("PATCH", "/api/inquiries/{inquiry}", "{\"status\":\"closed\"}", 401, 200, 200, 404, 200),
            // favorites
            of("PUT", "/api/users/me/favorites/{reservedCar}", 401, 204, 204, 204, 204),
            of("DELETE", "/api/users/me/favorites/{reservedCar}", 401, 204, 204, 204, 204),
            of("GET", "/api/users/me/favorites", 401, 200, 200, 200, 200),
            // reviews
            of("POST", "/api/cars/{freeCar}/reviews", "{\"rating\":4}", 401, 201, 403, 201, 201),
            of("POST", "/api/cars/{reservedCar}/reviews", "{\"rating\":1}", 401, 409, 403, 201, 201),
            of("GET", "/api/cars/{reservedCar}/reviews", 200, 200, 200, 200, 200),
            of("DELETE", "/api/reviews/{review}", 401, 204, 403, 403, 204),
            // posts
            of("GET", "/api/posts", 200, 200, 200, 200, 200),
            of("GET", "/api/posts/{post}", 200, 200, 200, 200, 200),
            of("POST", "/api/posts", "{\"title\":\"Hi\",\"content\":\"There\"}", 401, 201, 201, 201, 201),
            of("PATCH", "/api/posts/{post}", "{\"title\":\"Edited\"}", 401, 200, 403, 403, 200),
            of("DELETE", "/api/posts/{post}", 401, 204, 403, 403, 204),
            // backups (the test server has a backup directory)
            of("GET", "/api/admin/backups", 401, 403, 403, 403, 200),
            of("POST", "/api/admin/backups", 401, 403, 403, 403, 201),
            // the operator's routes (the console's and the runtime's): admin only
            of("GET", "/api/admin/users?email=matrix", 401, 403, 403, 403, 200),
            of("PUT", "/api/admin/users/{bystander}/disabled", 401, 403, 403, 403, 200),
            of("DELETE", "/api/admin/users/{bystander}/disabled", 401, 403, 403, 403, 200),
            of("DELETE", "/api/admin/users/{bystander}/sessions", 401, 403, 403, 403, 200),
            of("GET", "/api/admin/throttle", 401, 403, 403, 403, 200),
            of("DELETE", "/api/admin/throttle/{noCounter}", 401, 403, 403, 403, 404),
            of("GET", "/api/admin/audit", 401, 403, 403, 403, 200),
            of("GET", "/api/admin/overview", 401, 403, 403, 403, 200),
            of("GET", "/api/admin/plugins", 401, 403, 403, 403, 200),
            // the console's page and files are public: its data comes through the admin routes above
            of("GET", "/console", 200, 200, 200, 200, 200),
            of("GET", "/console/", 308, 308, 308, 308, 308),
            of("GET", "/console/{consoleFile}", 200, 200, 200, 200, 200),
            of("GET", "/console/vendor/{vendorFile}", 200, 200, 200, 200, 200),
            of("GET", "/openapi/ui", 200, 200, 200, 200, 200),
            of("GET", "/openapi/ui/{swaggerFile}", 200, 200, 200, 200, 200),
            // operations
            of("GET", "/observe/health", 200, 200, 200, 200, 200),
            of("GET", "/observe/metrics", 200, 200, 200, 200, 200),
            of("GET", "/openapi", 200, 200, 200, 200, 200));

    private Matrix() {
    }
}
