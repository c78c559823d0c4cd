package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.Inquiry;
import dev.carlot.persistence.data.InquiryStatus;
import dev.carlot.persistence.data.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Inquiries}. */
public abstract class InquiriesContract extends ContractGroup {

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);

    private Inquiry anInquiryAbout(Car car) {
        return db().repositories().inquiries().create(car.id(), given().aUser().id(), "Is it still available?");
    }

    @Test
    void aNewInquiryIsOpenAndNamesTheCarsSeller() {
        Car car = given().anAvailableCar();
        User asker = given().aUser();

        Inquiry inquiry = db().repositories().inquiries().create(car.id(), asker.id(), "Has it had a recent service?");

        assertEquals(InquiryStatus.OPEN, inquiry.status());
        assertEquals(List.of(car.id(), asker.id(), car.sellerId()),
                List.of(inquiry.carId(), inquiry.userId(), inquiry.sellerId()));
        assertEquals("Has it had a recent service?", inquiry.message());
        assertEquals(Optional.empty(), inquiry.reply());
        assertEquals(Optional.of(inquiry), db().repositories().inquiries().find(inquiry.id()));
    }

    @Test
    void anInquiryAboutAnUnknownCarOrByAnUnknownUserIsNotFound() {
        Car car = given().anAvailableCar();
        User asker = given().aUser();

        assertThrows(NotFoundException.class, () -> db().repositories().inquiries().create(Long.MAX_VALUE, asker.id(), "Hello"));
        assertThrows(NotFoundException.class, () -> db().repositories().inquiries().create(car.id(), Long.MAX_VALUE, "Hello"));
    }

    @Test
    void anEmptyOrOverlongMessageIsInvalidData() {
        Car car = given().anAvailableCar();
        User asker = given().aUser();

        assertThrows(InvalidDataException.class, () -> db().repositories().inquiries().create(car.id(), asker.id(), ""));
        assertThrows(InvalidDataException.class,
                () -> db().repositories().inquiries().create(car.id(), asker.id(), "?".repeat(2001)));
    }

    @Test
    void aReplyMarksTheInquiryAnswered() {
        Inquiry inquiry = anInquiryAbout(given().anAvailableCar());

        Inquiry answered = db().repositories().inquiries().reply(inquiry.id(), "Yes, last month.");

        assertEquals(InquiryStatus.ANSWERED, answered.status());
        assertEquals(Optional.of("Yes, last month."), answered.reply());
        assertEquals(inquiry.sellerId(), answered.sellerId());
        assertEquals(answered, db().repositories().inquiries().find(inquiry.id()).orElseThrow());
    }

    @Test
    void setStatusClosesAnInquiry() {
        Inquiry inquiry = anInquiryAbout(given().anAvailableCar());

        assertEquals(InquiryStatus.CLOSED, db().repositories().inquiries().setStatus(inquiry.id(), InquiryStatus.CLOSED).status());
    }

    @Test
    void replyingToOrClosingAnUnknownInquiryIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().inquiries().reply(Long.MAX_VALUE, "Hi"));
        assertThrows(NotFoundException.class,
                () -> db().repositories().inquiries().setStatus(Long.MAX_VALUE, InquiryStatus.CLOSED));
        assertEquals(Optional.empty(), db().repositories().inquiries().find(Long.MAX_VALUE));
    }

    @Test
    void aPartySeesInquiriesTheyAskedAndThoseAboutTheirCarsNewestFirst() {
        User party = given().aSeller();
        Inquiry aboutTheirCar = anInquiryAbout(given().anAvailableCarOf(party));
        Inquiry askedByThem = db().repositories().inquiries().create(given().anAvailableCar().id(), party.id(), "Price?");
        anInquiryAbout(given().anAvailableCar());

        Page<Inquiry> page = db().repositories().inquiries().list(Optional.empty(), Optional.empty(), Optional.of(party.id()), ALL);
        assertEquals(List.of(askedByThem, aboutTheirCar), page.items());
        assertEquals(2, page.total());
    }

    @Test
    void statusAndCarFiltersNarrowTheList() {
        Car car = given().anAvailableCar();
        Inquiry open = anInquiryAbout(car);
        Inquiry answered = db().repositories().inquiries().reply(anInquiryAbout(car).id(), "Yes");
        anInquiryAbout(given().anAvailableCar());

        assertEquals(List.of(answered, open),
                db().repositories().inquiries().list(Optional.empty(), Optional.of(car.id()), Optional.empty(), ALL).items());
        Page<Inquiry> openOnly = db().repositories().inquiries().list(Optional.of(InquiryStatus.OPEN), Optional.of(car.id()),
                Optional.empty(), ALL);
        assertEquals(List.of(open), openOnly.items());
        assertEquals(1, openOnly.total());
    }
}
