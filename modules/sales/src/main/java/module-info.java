module dev.carlot.sales { requires dev.carlot.feature; }
