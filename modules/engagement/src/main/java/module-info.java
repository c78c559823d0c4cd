module dev.carlot.engagement { requires dev.carlot.feature; }
