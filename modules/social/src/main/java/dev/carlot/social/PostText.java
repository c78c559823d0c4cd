package dev.carlot.social;

import dev.carlot.feature.Fields;
import java.util.Optional;
import java.util.Set;

/**
 * A post's title and content as a request sends them: both for a new post, either for an
 * edit. Both are trimmed; a title is 1 to 200 characters, content 1 to 20000.
 */
record PostText(Optional<String> title, Optional<String> content) {
    static final int MAX_TITLE = 200;
    static final int MAX_CONTENT = 20_000;

    static PostText required(Fields fields) {
        fields.allowOnly(Set.of("title", "content"));
        var text = new PostText(Optional.of(fields.requiredText("title", 1, MAX_TITLE)),
                Optional.of(fields.requiredText("content", 1, MAX_CONTENT)));
        fields.validate();
        return text;
    }

    static PostText optional(Fields fields) {
        fields.allowOnly(Set.of("title", "content"));
        var text = new PostText(fields.text("title", 1, MAX_TITLE), fields.text("content", 1, MAX_CONTENT));
        fields.validate();
        return text;
    }

    boolean isEmpty() {
        return title.isEmpty() && content.isEmpty();
    }
}
