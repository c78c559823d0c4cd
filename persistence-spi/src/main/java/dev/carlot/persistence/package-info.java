/**
 * The data contract: how Carlot opens a database and works with it, whatever backend holds it.
 *
 * <p>A backend provides {@link dev.carlot.persistence.PersistenceProvider} (found by name through
 * {@link java.util.ServiceLoader}); its {@link dev.carlot.persistence.Persistence} offers the
 * repositories, a unit of work, migrations, health and backups. Every failure crosses this
 * boundary as one of a small closed set of unchecked exceptions
 * ({@link dev.carlot.persistence.NotFoundException}, {@link dev.carlot.persistence.ConflictException},
 * {@link dev.carlot.persistence.UnavailableException}, {@link dev.carlot.persistence.InvalidDataException});
 * no driver type ever does.
 */
package dev.carlot.persistence;
