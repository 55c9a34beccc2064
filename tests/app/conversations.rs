//! Conversations under a post: comments corrected by their authors.

use reqwest::StatusCode;

use crate::helpers::on_each_backend;

#[tokio::test]
async fn a_comment_is_corrected_by_its_author_only_and_shows_as_edited() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let post = ana.create_post("Bread", "Rye or spelt?", "").await;
        let mut ben = app.user("ben").await;
        ben.get(&format!("/posts/{post}")).await;
        let r = ben
            .post(
                &format!("/posts/{post}/comments"),
                &[("body", "Rye, obviosly.")],
            )
            .await;
        let id: i64 = r
            .location
            .rsplit("comment-")
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let before = app.browser().get(&format!("/posts/{post}")).await.text;
        assert!(
            !before.contains("· edited"),
            "[{}] not edited yet",
            app.backend
        );

        // Someone else, even the post's author, cannot put words in it.
        ana.get(&format!("/posts/{post}")).await;
        let r = ana
            .post(&format!("/comments/{id}/edit"), &[("body", "Spelt!")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}]", app.backend);

        let r = ben
            .post(&format!("/comments/{id}/edit"), &[("body", "  ")])
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] empty",
            app.backend
        );

        let r = ben
            .post(
                &format!("/comments/{id}/edit"),
                &[("body", "Rye, obviously.")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert_eq!(r.location, format!("/posts/{post}#comment-{id}"));
        let after = app.browser().get(&format!("/posts/{post}")).await.text;
        assert!(
            after.contains("Rye, obviously.") && !after.contains("obviosly"),
            "[{}]",
            app.backend
        );
        assert!(
            after.contains("· edited"),
            "[{}] shown as edited",
            app.backend
        );
        assert!(
            after.contains(&format!("id=\"comment-{id}\"")),
            "same place in the thread"
        );
    })
    .await;
}
