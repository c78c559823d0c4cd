/**
 * Accounts: registration, login and logout with opaque bearer tokens stored hashed,
 * bcrypt passwords (jbcrypt), and the management of users and their roles.
 *
 * @provides dev.carlot.feature.Feature with {@link dev.carlot.accounts.AccountsFeature}
 * @provides dev.carlot.feature.PasswordHashing with {@link dev.carlot.accounts.AccountPasswords}
 */
module dev.carlot.accounts {
    requires dev.carlot.feature;
    requires jbcrypt;

    provides dev.carlot.feature.Feature with dev.carlot.accounts.AccountsFeature;
    provides dev.carlot.feature.PasswordHashing with dev.carlot.accounts.AccountPasswords;
}
