/**
 * A test plugin with data of its own: notes written and read through its store, probes of its
 * role's boundary, and a job that counts the notes.
 *
 * @provides dev.carlot.feature.Feature with the notes routes
 */
module dev.carlot.fixture.notes {
    requires dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.fixture.notes.NotesFeature;
}
