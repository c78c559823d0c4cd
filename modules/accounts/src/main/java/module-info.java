module dev.carlot.accounts { requires dev.carlot.feature; }
