package dev.carlot.accounts;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/** Accounts: register, login, logout and user management (see api.md, "Accounts"). */
public final class AccountsFeature implements Feature {
    /** Also names the configuration section, {@code carlot.accounts}. */
    static final String NAME = "accounts";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        var settings = AccountSettings.from(context.config());
        var passwords = new Passwords(settings.bcryptCost(), new PasswordGate(HashingLimits.from(context.config())));
        var sessions = new SessionIssuer(context.clock(), settings.tokenTtl());
        var counters = new Counters(context.repositories(), context.clock());
        var logins = new LoginThrottle(LoginLimits.from(context.config()), counters);
        var registrations = new RegistrationThrottle(RegistrationLimits.from(context.config()), counters);
        new AuthRoutes(context.repositories(), context.transactions(), passwords, sessions, logins, registrations)
                .register(routes);
        new UserRoutes(context.repositories(), context.transactions(), passwords, logins).register(routes);
        new AccountAdminRoutes(context.repositories(), context.transactions(), context.clock()).register(routes);
    }

    @Override
    public JsonObject openApi() {
        // the operator's routes are described apart, to keep each file readable
        return OpenApiFragment.merge(OpenApiFragment.read(getClass().getResourceAsStream("openapi.json")),
                OpenApiFragment.read(getClass().getResourceAsStream("openapi-admin.json")));
    }
}
