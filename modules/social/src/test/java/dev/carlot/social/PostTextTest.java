package dev.carlot.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.FieldError;
import dev.carlot.feature.Fields;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PostTextTest {

    @Test
    void aNewPostNeedsTitleAndContent() {
        assertEquals(List.of("title", "content"), rejected(PostText::required, Json.createObjectBuilder()));
    }

    @Test
    void bothAreTrimmed() {
        var text = PostText.required(fields(Json.createObjectBuilder().add("title", "  Hi ").add("content", " Body\n")));
        assertEquals(new PostText(Optional.of("Hi"), Optional.of("Body")), text);
    }

    @Test
    void lengthsAreCheckedAfterTrimming() {
        assertEquals(List.of("title", "content"), rejected(PostText::required, Json.createObjectBuilder()
                .add("title", "x".repeat(PostText.MAX_TITLE + 1)).add("content", "   ")));
        assertEquals(List.of("content"), rejected(PostText::optional, Json.createObjectBuilder()
                .add("content", "x".repeat(PostText.MAX_CONTENT + 1))));
    }

    @Test
    void anEditMaySendEitherOrNothing() {
        assertEquals(new PostText(Optional.empty(), Optional.of("New")),
                PostText.optional(fields(Json.createObjectBuilder().add("content", "New"))));
        assertTrue(PostText.optional(fields(Json.createObjectBuilder())).isEmpty());
    }

    @Test
    void unknownFieldsAreRejected() {
        assertEquals(List.of("authorId"), rejected(PostText::optional, Json.createObjectBuilder().add("authorId", 3)));
    }

    private static Fields fields(JsonObjectBuilder json) {
        return new Fields(json.build());
    }

    private static List<String> rejected(Function<Fields, PostText> parse, JsonObjectBuilder json) {
        var e = assertThrows(ApiException.class, () -> parse.apply(fields(json)));
        return e.problem().errors().stream().map(FieldError::field).toList();
    }
}
