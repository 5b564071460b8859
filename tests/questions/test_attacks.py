"""Citizens' questions attacked (a hostile review): tracking codes are not to be guessed (an address that missed
ten times an hour is refused any lookup); the tracking page of one asker is never kept by the page cache
(nor by a CDN) nor handed with its code to the site's tracking scripts; invisible control characters typed or pasted
into the form do not reach the published page and its feeds; an answer posted as anything but the editor's JSON is
refused with a message, not a server error; an answer sent privately is never published nor sent again, and one whose
page is drafted is not sent privately."""

from django.core import mail

from home.models import SiteTracking
from qa.models import QuestionPage
from questions import handling
from questions.models import Question
from tests.home.test_site_settings import EMC_SNIPPET
from tests.questions.conftest import ask, question_fields
from tests.questions.test_admin import people, post_action, question  # noqa: F401  (fixtures)


def test_the_tracking_page_is_never_served_from_the_page_cache(client, qa_index, routing, settings):
    settings.PAGE_CACHE_ENABLED = True
    ask(client, question_fields(subject_area=routing["enforcement"].pk))
    asked = Question.objects.get()
    client.cookies.clear()  # the asker opens the link of the e-mail later, without the form's cookie
    first = client.get("/hoi-dap/tra-cuu/", {"code": asked.tracking_code}, HTTP_HOST="localhost")
    assert "Đã giao đơn vị" in first.text
    assert "no-store" in first["Cache-Control"] and "public" not in first["Cache-Control"]
    handling.ask_clarification(asked, routing["focal"], "Bản án của Toà án nào?")
    again = client.get("/hoi-dap/tra-cuu/", {"code": asked.tracking_code}, HTTP_HOST="localhost")
    assert again.get("X-Page-Cache") != "hit"
    assert "Bản án của Toà án nào?" in again.text and "Gửi nội dung làm rõ" in again.text


def test_control_characters_in_a_question_are_not_kept(client, qa_index, routing):
    title = "Thời hạn\x0bthi hành án\x1b"
    text = "Bản án năm 2022.\x0bTôi còn được\x01 yêu cầu\x0c không?\ufffe"
    response = ask(client, question_fields(title=title, text=text, full_name="Trần\x08 Văn Bình"))
    assert response.status_code == 200
    asked = Question.objects.get()
    assert asked.title == "Thời hạn\nthi hành án"
    assert asked.text == "Bản án năm 2022.\nTôi còn được yêu cầu\n không?"
    assert asked.full_name == "Trần Văn Bình"


def test_an_answer_that_is_not_the_editors_json_is_refused_not_a_server_error(client, question, people):  # noqa: F811
    mail.outbox.clear()
    for hostile in ("<script>alert(1)</script>", "[]", '{"blocks": 5}', "null"):
        response = post_action(client, people["focal"], question, action="answer", answer=hostile)
        assert response.status_code == 400, hostile
    question.refresh_from_db()
    assert question.answer == "" and question.state == "assigned"


def test_the_tracking_code_in_the_address_is_not_handed_to_the_sites_tracking_scripts(client, qa_index, routing, main_site):
    SiteTracking.objects.update_or_create(site=main_site.site, defaults={"tracking_code": EMC_SNIPPET})
    assert "f-emc.ngsp.gov.vn" in client.get("/hoi-dap/gui-cau-hoi/", HTTP_HOST="localhost").text
    ask(client, question_fields(subject_area=routing["enforcement"].pk))
    code = Question.objects.get().tracking_code
    page = client.get("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST="localhost").text
    assert "Đã giao đơn vị" in page and "f-emc.ngsp.gov.vn" not in page


def test_guessing_tracking_codes_is_stopped_after_a_few_misses_per_address(client, qa_index, routing, settings):
    ask(client, question_fields(subject_area=routing["enforcement"].pk))
    code = Question.objects.get().tracking_code
    guesser = {"HTTP_HOST": "localhost", "REMOTE_ADDR": "203.0.113.66"}
    guesses = [f"ZZZZZZ{number:02d}" for number in range(settings.SPAM_POSTS_PER_HOUR)]
    misses = [client.get("/hoi-dap/tra-cuu/", {"code": guess}, **guesser).status_code for guess in guesses]
    assert set(misses) == {400}
    refused = client.get("/hoi-dap/tra-cuu/", {"code": code}, **guesser)
    assert refused.status_code == 429 and "Thời hạn yêu cầu thi hành án" not in refused.text
    asker = client.get("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST="localhost", REMOTE_ADDR="198.51.100.7")
    assert asker.status_code == 200 and "Thời hạn yêu cầu thi hành án" in asker.text


def test_an_answer_sent_privately_is_never_published_nor_sent_again(client, question, people):  # noqa: F811
    handling.answer(question, people["focal"], "<p>Đề nghị ông liên hệ Chi cục Thi hành án dân sự.</p>")
    client.force_login(people["focal"])
    client.post(f"/admin/questions/{question.pk}/gui-rieng/", {"reason": "Vụ việc cụ thể của cá nhân"})
    mail.outbox.clear()
    client.force_login(people["standing_editor"])  # another handler, or the same one, by a hand-made post
    client.post(f"/admin/questions/{question.pk}/dang/")
    client.post(f"/admin/questions/{question.pk}/gui-rieng/", {"reason": "Gửi lại"})
    question.refresh_from_db()
    assert not QuestionPage.objects.exists() and question.page_id is None
    assert question.private_reason == "Vụ việc cụ thể của cá nhân" and mail.outbox == []


def test_an_answer_drafted_as_a_page_is_not_then_sent_privately(client, question, people):  # noqa: F811
    handling.answer(question, people["focal"], "<p>Thời hiệu là 05 năm.</p>")
    client.force_login(people["focal"])
    client.post(f"/admin/questions/{question.pk}/dang/")
    assert QuestionPage.objects.count() == 1
    mail.outbox.clear()
    client.post(f"/admin/questions/{question.pk}/gui-rieng/", {"reason": "Vụ việc cụ thể"})
    question.refresh_from_db()
    assert question.private_reason == "" and mail.outbox == []
