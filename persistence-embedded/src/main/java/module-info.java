module dev.carlot.persistence.embedded { requires dev.carlot.persistence; }
