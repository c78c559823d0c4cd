/**
 * The contract between Carlot's runtime and its features: a {@link dev.carlot.feature.Feature}
 * is found by {@link java.util.ServiceLoader}, given a {@link dev.carlot.feature.FeatureContext}
 * and registers its routes through {@link dev.carlot.feature.Routes}.
 *
 * <p>Beside the contract, this package holds the HTTP pieces every feature shares, so that
 * each does them one way: reading a JSON body ({@link dev.carlot.feature.JsonBody},
 * {@link dev.carlot.feature.Fields}) and query parameters ({@link dev.carlot.feature.Params})
 * into Carlot's own bounded values, building answers ({@link dev.carlot.feature.JsonOut}) that
 * the one JSON writer ({@link dev.carlot.feature.JsonText}, sent by {@link dev.carlot.feature.JsonMedia})
 * turns into bytes, answering failures as problem+json
 * ({@link dev.carlot.feature.ApiException}, {@link dev.carlot.feature.Problem}), knowing the
 * caller ({@link dev.carlot.feature.Caller}, {@link dev.carlot.feature.ClientAddress}) and
 * writing the audit trail ({@link dev.carlot.feature.Audit}).
 */
package dev.carlot.feature;
