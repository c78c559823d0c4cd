module dev.carlot.inventory { requires dev.carlot.feature; }
