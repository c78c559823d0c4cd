package dev.carlot.persistence.postgres;

import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Inquiries;
import dev.carlot.persistence.data.Inquiry;
import dev.carlot.persistence.data.InquiryStatus;
import java.util.Optional;

/**
 * Inquiries in table {@code inquiries}, always read joined with their car, whose seller decides
 * who may see and answer them.
 */
final class PostgresInquiries implements Inquiries {

    private static final String COLUMNS = "i.id, i.car_id, i.user_id, c.seller_id, i.message, i.reply, i.status,"
            + " i.created_at, i.updated_at";
    /** Writes return the changed row; this reads it back together with the car's seller. */
    private static final String WITH_SELLER = " select " + COLUMNS + " from written i join cars c on c.id = i.car_id";

    private final Sql sql;
    /** Plain reads: from the replica when the request's consistency allows it (docs/scaling-replicas.md). */
    private final Sql reads;

    PostgresInquiries(Sql sql, Sql reads) {
        this.sql = sql;
        this.reads = reads;
    }

    private static Inquiry inquiry(Row row) {
        return new Inquiry(Rows.id(row, "id"), Rows.id(row, "car_id"), Rows.id(row, "user_id"),
                Rows.id(row, "seller_id"), Rows.text(row, "message"), Rows.optionalText(row, "reply"),
                Rows.wire(InquiryStatus.class, row, "status"), Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at"));
    }

    @Override
    public Inquiry create(long carId, long userId, String message) {
        return sql.insert("with written as (insert into inquiries (car_id, user_id, message) values (?, ?, ?)"
                + " returning *)" + WITH_SELLER, PostgresInquiries::inquiry, carId, userId, message);
    }

    @Override
    public Optional<Inquiry> find(long id) {
        return reads.one("select " + COLUMNS + " from inquiries i join cars c on c.id = i.car_id where i.id = ?",
                PostgresInquiries::inquiry, id);
    }

    @Override
    public Page<Inquiry> list(Optional<InquiryStatus> status, Optional<Long> carId, Optional<Long> party,
                              PageRequest page) {
        Conditions where = new Conditions()
                .add("i.status = ?", status.map(InquiryStatus::wire))
                .add("i.car_id = ?", carId);
        party.ifPresent(user -> where.add("(i.user_id = ? or c.seller_id = ?)", user, user));
        return reads.page(COLUMNS, "from inquiries i join cars c on c.id = i.car_id" + where.where(),
                "i.created_at desc, i.id desc", PostgresInquiries::inquiry, page, where.params());
    }

    @Override
    public Inquiry reply(long id, String reply) {
        return sql.change("with written as (update inquiries set reply = ?, status = 'answered' where id = ?"
                        + " returning *)" + WITH_SELLER, PostgresInquiries::inquiry, reply, id)
                .orElseThrow(() -> missing(id));
    }

    @Override
    public Inquiry setStatus(long id, InquiryStatus status) {
        return sql.change("with written as (update inquiries set status = ? where id = ? returning *)" + WITH_SELLER,
                        PostgresInquiries::inquiry, status.wire(), id)
                .orElseThrow(() -> missing(id));
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("inquiry " + id + " does not exist");
    }
}
