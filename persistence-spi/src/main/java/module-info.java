/**
 * Carlot's data contract: domain records, repositories, pages, a unit of work and the
 * closed error tree. Backends implement {@link dev.carlot.persistence.PersistenceProvider};
 * nothing from JDBC or a driver crosses this module.
 *
 * @uses dev.carlot.persistence.PersistenceProvider
 */
module dev.carlot.persistence {
    exports dev.carlot.persistence;
    exports dev.carlot.persistence.data;
    exports dev.carlot.persistence.plugin;

    uses dev.carlot.persistence.PersistenceProvider;
}
