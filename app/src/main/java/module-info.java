module dev.carlot.app { requires dev.carlot.feature; }
