package dev.carlot.engagement;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.UnitOfWork;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.Inquiry;
import dev.carlot.persistence.data.InquiryStatus;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Set;

/** The inquiry routes: ask about a car, list and read one's inquiries, answer or close them. */
final class InquiryRoutes {
    static final int MAX_MESSAGE = 2000;

    private final Repositories repositories;
    private final UnitOfWork transactions;

    InquiryRoutes(Repositories repositories, UnitOfWork transactions) {
        this.repositories = repositories;
        this.transactions = transactions;
    }

    void register(Routes routes) {
        routes.post("/api/cars/{id}/inquiries", this::ask)
                .get("/api/inquiries", this::list)
                .get("/api/inquiries/{id}", this::get)
                .patch("/api/inquiries/{id}", this::change);
    }

    private void ask(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        Car car = KnownCars.require(repositories.cars(), Params.id(req, "id", "car"));
        InquiryRules.checkMayAsk(caller, car);
        var fields = JsonBody.fields(req).allowOnly(Set.of("message"));
        String message = fields.requiredText("message", 1, MAX_MESSAGE);
        fields.validate();
        Inquiry inquiry = repositories.inquiries().create(car.id(), caller.id(), message);
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/inquiries/" + inquiry.id())
                .send(InquiryJson.of(inquiry));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        var status = Params.oneOf(req, "status", InquiryStatus.class);
        var carId = Params.whole(req, "carId", 1, Long.MAX_VALUE);
        var page = Params.page(req);
        var inquiries = repositories.inquiries().list(status, carId, InquiryRules.listParty(caller), page);
        res.send(JsonOut.page(inquiries, InquiryJson::of).build());
    }

    private void get(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        res.send(InquiryJson.of(visible(caller, req)));
    }

    private void change(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        Inquiry seen = visible(caller, req);
        InquiryChange change = InquiryChange.from(JsonBody.fields(req));
        res.send(InquiryJson.of(transactions.inTransaction(tx -> apply(tx, caller, seen, change))));
    }

    /**
     * Checks and writes under the car's row lock, re-reading the inquiry there: otherwise a reply
     * that saw it open could land after a concurrent close and reopen it as answered. The inquiries
     * of a deleted car stay readable, a record of what was asked, but no longer change.
     */
    private static Inquiry apply(Repositories tx, Principal caller, Inquiry seen, InquiryChange change) {
        tx.cars().findForUpdate(seen.carId()).orElseThrow(() -> ApiException.conflict("Car " + seen.carId()
                + " was deleted; its inquiries can still be read but no longer be answered or closed."));
        Inquiry inquiry = tx.inquiries().find(seen.id()).orElseThrow(() -> InquiryRules.notFound(seen.id()));
        InquiryRules.checkChange(caller, inquiry, change);
        return switch (change) {
            case InquiryChange.Reply reply -> tx.inquiries().reply(inquiry.id(), reply.text());
            // Closing twice leaves it closed: the asker and the seller may both press "close".
            case InquiryChange.Close close -> inquiry.status() == InquiryStatus.CLOSED
                    ? inquiry
                    : tx.inquiries().setStatus(inquiry.id(), InquiryStatus.CLOSED);
        };
    }

    private Inquiry visible(Principal caller, ServerRequest req) {
        long id = Params.id(req, "id", "inquiry");
        return InquiryRules.visible(caller, repositories.inquiries().find(id), id);
    }
}
