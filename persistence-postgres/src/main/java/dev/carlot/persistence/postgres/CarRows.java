package dev.carlot.persistence.postgres;

import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;

/** A car read from the columns {@link PostgresCars#COLUMNS} names, wherever a statement joins {@code cars c}. */
final class CarRows {
    private CarRows() {
    }

    static Car car(Row row) {
        return new Car(Rows.id(row, "id"), Rows.id(row, "seller_id"), Rows.text(row, "brand"),
                Rows.text(row, "model"), Rows.integer(row, "year"), Rows.decimal(row, "price"),
                Rows.integer(row, "mileage"), Rows.optionalText(row, "color"), Rows.optionalText(row, "description"),
                Rows.texts(row, "images"), Rows.wire(CarStatus.class, row, "status"),
                Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }
}
