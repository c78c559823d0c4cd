/** A library two plugins bundle in two versions; each plugin's layer holds its own. */
module dev.carlot.fixture.lib {
    exports dev.carlot.fixture.lib;
}
