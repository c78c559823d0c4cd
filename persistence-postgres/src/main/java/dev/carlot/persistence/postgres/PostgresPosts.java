package dev.carlot.persistence.postgres;

import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Post;
import dev.carlot.persistence.data.Posts;
import java.util.Optional;

/** The board's posts in table {@code posts}. */
final class PostgresPosts implements Posts {

    private static final String COLUMNS = "p.id, p.author_id, p.title, p.content, p.created_at, p.updated_at";

    private final Sql sql;
    /** Plain reads: from the replica when the request's consistency allows it (docs/scaling-replicas.md). */
    private final Sql reads;

    PostgresPosts(Sql sql, Sql reads) {
        this.sql = sql;
        this.reads = reads;
    }

    private static Post post(Row row) {
        return new Post(Rows.id(row, "id"), Rows.id(row, "author_id"), Rows.text(row, "title"),
                Rows.text(row, "content"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }

    @Override
    public Post create(long authorId, String title, String content) {
        return sql.insert("insert into posts as p (author_id, title, content) values (?, ?, ?) returning " + COLUMNS,
                PostgresPosts::post, authorId, title, content);
    }

    @Override
    public Optional<Post> find(long id) {
        return reads.one("select " + COLUMNS + " from posts p where p.id = ?", PostgresPosts::post, id);
    }

    @Override
    public Page<Post> list(Optional<Long> authorId, PageRequest page) {
        Conditions where = new Conditions().add("p.author_id = ?", authorId);
        return reads.page(COLUMNS, "from posts p" + where.where(), "p.created_at desc, p.id desc",
                PostgresPosts::post, page, where.params());
    }

    @Override
    public Post update(long id, Optional<String> title, Optional<String> content) {
        return sql.change("""
                update posts as p
                set title = coalesce(?::text, p.title),
                    content = coalesce(?::text, p.content)
                where p.id = ?
                returning\s""" + COLUMNS,
                PostgresPosts::post, title.orElse(null), content.orElse(null), id)
                .orElseThrow(() -> missing(id));
    }

    @Override
    public void delete(long id) {
        if (sql.execute("delete from posts where id = ?", id) == 0) {
            throw missing(id);
        }
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("post " + id + " does not exist");
    }
}
