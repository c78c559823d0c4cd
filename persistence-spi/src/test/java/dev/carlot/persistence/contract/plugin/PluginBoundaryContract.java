package dev.carlot.persistence.contract.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.User;
import dev.carlot.persistence.plugin.PluginAccessDeniedException;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The privilege boundary, tried by plugins that reach for what is not theirs: PostgreSQL refuses
 * them, and the refusal is an error naming the plugin. And the role a plugin transaction took
 * ends with it, on the one pooled connection every transaction here shares.
 */
public abstract class PluginBoundaryContract extends PluginContract {

    @Test
    void aPluginCannotReadOrChangeCoreTables() {
        PluginSchema plugin = bookingsPlugin();
        PluginStore store = db.plugins().open(plugin);
        Car car = given.anAvailableCar();
        User user = given.aUser();

        for (String sql : List.of("select count(*) as n from public.users", "select id from public.cars",
                "select token_hash from public.sessions")) {
            PluginAccessDeniedException refused = assertThrows(PluginAccessDeniedException.class,
                    () -> store.inTransaction(s -> s.query(sql, row -> row.string("n"))), sql);
            assertEquals(plugin.plugin(), refused.plugin());
            assertTrue(refused.getMessage().contains("may only read and change its own schema " + plugin.schema()),
                    refused.getMessage());
        }
        for (String sql : List.of("update public.cars set price = 1 where id = " + car.id(),
                "update public.users set role = 'admin' where id = " + user.id(),
                "delete from public.users where id = " + user.id(), "insert into public.posts (author_id, title, content)"
                        + " values (" + user.id() + ", 't', 'b')")) {
            assertThrows(PluginAccessDeniedException.class, () -> store.inTransaction(s -> s.update(sql)), sql);
        }
        assertEquals(car.price(), db.repositories().cars().find(car.id()).orElseThrow().price());
        assertEquals(user.role(), db.repositories().users().find(user.id()).orElseThrow().role());
    }

    @Test
    void aPluginCannotReachAnotherPluginsSchema() {
        PluginSchema bookings = bookingsPlugin();
        PluginStore bookingStore = db.plugins().open(bookings);
        book(bookingStore, given.anAvailableCar(), TEN_AM);
        PluginStore notes = db.plugins().open(aPlugin("notes", PluginScripts.notes()));

        assertThrows(PluginAccessDeniedException.class, () -> notes.inTransaction(sql -> sql.query(
                "select id from " + bookings.schema() + ".bookings", row -> row.longValue("id"))));
        assertThrows(PluginAccessDeniedException.class, () -> notes.inTransaction(sql -> sql.update(
                "delete from " + bookings.schema() + ".bookings")));
        assertEquals(1, bookingStore.inTransaction(sql -> sql.query("select id from bookings", row -> 1)).size());
    }

    @Test
    void aPluginCannotLeaveItsRoleOrRunTwoStatementsAtOnce() {
        PluginStore store = db.plugins().open(bookingsPlugin());

        for (String sql : List.of("reset role", "set role none", "SET LOCAL ROLE postgres", "set session authorization default",
                "select set_config('role', 'none', true)", "set search_path to public", "discard all",
                "select 1; select * from public.users")) {
            assertThrows(PluginAccessDeniedException.class, () -> store.inTransaction(s -> s.update(sql)), sql);
        }
        // the same words inside a literal are data
        assertEquals(List.of("reset role; set role x"), store.inTransaction(s -> s.query(
                "select 'reset role; set role x' as t", row -> row.string("t"))));
    }

    @Test
    void aPluginCannotLeaveItsRoleThroughCodeTheServerRuns() {
        PluginSchema plugin = aPlugin("escaper", Map.of("V1__escapes.sql", """
                create table kept (n bigint);
                create function become_session_user() returns text language sql
                    as $$ select set_config('role', session_user::text, true) $$;
                create function count_users_as_session_user() returns bigint language plpgsql as $$
                begin
                    perform set_config('role', session_user::text, true);
                    return (select count(*) from public.users);
                end $$;
                create function search_public_for_the_session() returns text language sql
                    as $$ select set_config('search_path', 'public', false) $$;
                """));
        PluginStore store = db.plugins().open(plugin);
        java.util.concurrent.atomic.AtomicInteger rowsSeen = new java.util.concurrent.atomic.AtomicInteger();

        for (String sql : List.of(
                // refused by the statement check: a quoted name, server-side code in a literal, a new function
                "select \"set_config\"('role', session_user::text, true)",
                "select pg_catalog.\"set_config\"('role', session_user::text, true)",
                "do $$ begin execute 'reset role'; end $$",
                "create function f() returns text language sql as 'select set_config(''role'', session_user::text, true)'",
                // the text shows nothing: refused once PostgreSQL reports another role or search path
                "select become_session_user() as r",
                "select count_users_as_session_user() as r",
                "select search_public_for_the_session() as r")) {
            assertThrows(PluginAccessDeniedException.class,
                    () -> store.inTransaction(s -> s.query(sql, row -> rowsSeen.incrementAndGet())), sql);
        }
        assertThrows(PluginAccessDeniedException.class,
                () -> store.inTransaction(s -> s.update("insert into kept select count_users_as_session_user()")));

        assertEquals(0, rowsSeen.get(), "a row of a statement that left the plugin's role reached the plugin");
        assertEquals(List.of(0L), store.inTransaction(s -> s.query("select count(*) as n from kept",
                row -> row.longValue("n"))), "what a refused statement wrote was rolled back");
        // the session-wide search_path went with its transaction: the core's next transactions find their tables
        User user = given.aUser();
        assertEquals(user.name(), db.repositories().users().find(user.id()).orElseThrow().name());
    }

    @Test
    void aMigrationThatTouchesACoreTableIsRefusedAndChangesNothing() {
        User user = given.aUser();
        PluginSchema greedy = aPlugin("greedy", Map.of("V1__steal.sql",
                "create table loot (id bigint);\nupdate public.users set name = 'stolen';"));

        PluginAccessDeniedException refused = assertThrows(PluginAccessDeniedException.class,
                () -> db.plugins().open(greedy));

        assertEquals(greedy.plugin(), refused.plugin());
        assertEquals(user.name(), db.repositories().users().find(user.id()).orElseThrow().name());
        assertTrue(db.plugins().status(greedy).stream().noneMatch(m -> m.applied()));
    }

    @Test
    void thePluginsRoleEndsWithItsTransaction() {
        PluginStore store = db.plugins().open(bookingsPlugin());
        Car car = given.anAvailableCar();
        book(store, car, TEN_AM);
        assertThrows(PluginAccessDeniedException.class, () -> store.inTransaction(s -> s.query(
                "select id from public.users", row -> 1)));

        // the next transactions on the one pooled connection are the core's again: they read and write core tables
        User user = db.repositories().users().create(new dev.carlot.persistence.data.NewUser(Fixtures.anEmail(),
                "After A Plugin", dev.carlot.persistence.data.Role.USER, "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z0iIhv1ia0mbv4f0kE0S3b5W"));
        assertEquals(user, db.inTransaction(repositories -> repositories.users().find(user.id())).orElseThrow());
        assertEquals(car.id(), db.repositories().cars().find(car.id()).orElseThrow().id());
        // and a plugin's next transaction finds its own tables again, unqualified
        assertEquals(1, store.inTransaction(sql -> sql.query("select id from bookings where car_id = ?", row -> 1,
                car.id())).size());
    }
}
