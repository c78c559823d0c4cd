module dev.carlot.social { requires dev.carlot.feature; }
