module dev.carlot.feature { requires transitive dev.carlot.persistence; requires transitive io.helidon.webserver; }
