module dev.carlot.persistence.postgres { requires dev.carlot.persistence; }
