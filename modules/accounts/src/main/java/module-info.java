/**
 * Accounts: registration, login and logout with opaque bearer tokens stored hashed,
 * bcrypt passwords (jbcrypt), and the management of users and their roles.
 *
 * @provides dev.carlot.feature.Feature with {@link dev.carlot.accounts.AccountsFeature}
 */
module dev.carlot.accounts {
    requires dev.carlot.feature;
    requires jbcrypt;

    // OpenApiFragment (in dev.carlot.feature) reads openapi.json from this package; resources
    // in a named module's package are visible only to modules it is open to.
    opens dev.carlot.accounts to dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.accounts.AccountsFeature;
}
