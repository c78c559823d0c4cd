/**
 * The domain records (users, cars, orders, inquiries, favorites, reviews, posts, sessions),
 * their enums, and one repository interface per aggregate. The rules of the data (uniqueness,
 * references, one active order per car) are kept by the database and reported as
 * {@link dev.carlot.persistence.ConflictException}.
 */
package dev.carlot.persistence.data;
