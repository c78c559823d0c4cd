package dev.carlot.examples.testdrives;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.Jsonp;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.util.Set;

/**
 * Book a test drive of an available car (a signed-in buyer), list and read one's test drives,
 * confirm or decline one (the car's seller, or an admin). The car comes from Carlot's
 * repositories; the plugin's own rows from its store.
 */
final class TestDriveRoutes {
    private final Repositories repositories;
    private final TestDrives drives;
    private final Clock clock;
    private final int daysAhead;

    TestDriveRoutes(Repositories repositories, TestDrives drives, Clock clock, int daysAhead) {
        this.repositories = repositories;
        this.drives = drives;
        this.clock = clock;
        this.daysAhead = daysAhead;
    }

    void register(Routes routes) {
        routes.post("/api/cars/{id}/test-drives", this::book)
                .get("/api/test-drives", this::list)
                .get("/api/test-drives/{id}", this::get)
                .patch("/api/test-drives/{id}", this::decide);
    }

    private void book(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        long carId = Params.id(req, "id", "car");
        var fields = JsonBody.fields(req).allowOnly(Set.of("slot"));
        String text = fields.requiredText("slot", 1, 40);
        fields.validate();
        Slot slot;
        try {
            slot = Slot.parse(text, clock, daysAhead);
        } catch (Slot.Refused e) {
            throw ApiException.invalid("slot", e.getMessage());
        }
        Car car = repositories.cars().find(carId)
                .orElseThrow(() -> ApiException.notFound("There is no car with id '" + carId + "'."));
        if (car.sellerId() == caller.id()) {
            throw ApiException.forbidden("Sellers cannot book test drives of their own cars.");
        }
        if (car.status() != CarStatus.AVAILABLE) {
            throw ApiException.conflict("Car " + carId + " is " + car.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; only available cars can be test-driven.");
        }
        TestDrive drive;
        try {
            drive = drives.book(car.id(), caller.id(), car.sellerId(), slot);
        } catch (TestDrives.SlotTaken e) {
            throw ApiException.conflict("Car " + carId + " already has a test drive at " + slot + "; pick another hour.");
        }
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/test-drives/" + drive.id())
                .send(TestDriveJson.of(drive));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        JsonArrayBuilder items = Jsonp.arrayBuilder();
        drives.listFor(caller.id(), caller.isAdmin()).forEach(drive -> items.add(TestDriveJson.of(drive)));
        res.send(Jsonp.objectBuilder().add("items", items).build());
    }

    private void get(ServerRequest req, ServerResponse res) {
        res.send(TestDriveJson.of(visible(Caller.required(req), req)));
    }

    private void decide(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        TestDrive drive = visible(caller, req);
        var fields = JsonBody.fields(req).allowOnly(Set.of("status"));
        String text = fields.requiredText("status", 1, 20);
        fields.validate();
        TestDriveStatus decision = TestDriveStatus.parse(text).filter(s -> s != TestDriveStatus.REQUESTED)
                .orElseThrow(() -> ApiException.invalid("status", "must be confirmed or declined"));
        if (!caller.isAdminOr(drive.sellerId())) {
            throw ApiException.forbidden("Only the car's seller can confirm or decline a test drive.");
        }
        res.send(TestDriveJson.of(drives.decide(drive.id(), decision).orElseThrow(() -> ApiException.conflict(
                "Test drive " + drive.id() + " was already " + drives.find(drive.id()).map(d -> d.status().wire())
                        .orElse("removed") + "; a decision is final."))));
    }

    /** The test drive, if the caller takes part in it or is an admin; a 404 otherwise, which says nothing more. */
    private TestDrive visible(Principal caller, ServerRequest req) {
        long id = Params.id(req, "id", "test drive");
        return drives.find(id).filter(d -> caller.isAdmin() || d.party(caller.id()))
                .orElseThrow(() -> ApiException.notFound("There is no test drive with id '" + id + "'."));
    }
}
