package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.User;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup taken while writers carry on holds the database as it was at one instant. */
class BackupSnapshotTest {
    private static final int WRITERS = 4;

    @TempDir
    Path dir;

    @Test
    void aBackupDuringWritesHoldsEachSaleWholeOrNotAtAll() throws Exception {
        try (TestDatabase source = TestDatabases.fresh(); TestDatabase target = TestDatabases.fresh();
             Persistence from = PostgresBackupTest.open(source); Persistence to = PostgresBackupTest.open(target);
             ExecutorService threads = Executors.newFixedThreadPool(WRITERS)) {
            from.migrate();
            Fixtures fixtures = new Fixtures(from);
            User seller = fixtures.aSeller();
            User buyer = fixtures.aUser();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sales = new AtomicInteger();
            CountDownLatch warmedUp = new CountDownLatch(WRITERS * 10);
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                writers.add(CompletableFuture.runAsync(() -> {
                    while (!stop.get()) {
                        sell(from, seller, buyer);
                        sales.incrementAndGet();
                        warmedUp.countDown();
                    }
                }, threads));
            }
            warmedUp.await();
            Path file = dir.resolve("during.zip");
            int before = sales.get();
            BackupManifest manifest;
            try (OutputStream out = Files.newOutputStream(file)) {
                manifest = from.backup(out);
            }
            int after = sales.get();
            stop.set(true);
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();

            to.restore(file, false);

            long cars = Long.parseLong(target.queryValue("select count(*) from cars"));
            assertTrue(cars >= before && cars <= after + WRITERS, before + " <= " + cars + " <= " + after);
            assertTrue(Long.parseLong(source.queryValue("select count(*) from cars")) > cars, "writers went on after the snapshot");
            assertEquals("0", target.queryValue("""
                    select count(*) from cars c full join orders o on o.car_id = c.id
                    where o.id is null or c.id is null or c.status <> 'reserved'"""), "each car with its order, reserved");
            assertEquals(target.queryValue("select count(*) from cars where status = 'reserved'"),
                    target.queryValue("select coalesce(sum(cars), 0) from car_counts where status = 'reserved'"));
            assertEquals(cars, manifest.tables().stream().filter(t -> t.name().equals("cars")).findFirst().orElseThrow().rows());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A sale as the sales feature makes it: the car, its order and its reservation in one transaction. */
    private static void sell(Persistence persistence, User seller, User buyer) {
        persistence.inTransaction(tx -> {
            Car car = tx.cars().create(Fixtures.aNewCar(seller.id()));
            tx.orders().create(car.id(), buyer.id(), seller.id(), car.price());
            return tx.cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.RESERVED).orElseThrow();
        });
    }
}
