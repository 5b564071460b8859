"""The client's address behind the production layout's load balancer (a hostile review): with the balancer's network in
TRUSTED_PROXIES, each reader has their own limits (a bot used up everyone's: REMOTE_ADDR was the balancer's for all),
and a reader who writes their own X-Forwarded-For, directly or through the balancer, does not escape theirs."""

from questions.models import Question
from tests.questions.conftest import ask, qa_index, question_fields, routing  # noqa: F401  (fixtures)

BALANCER = "10.0.0.2"


def lookups(client, settings, code, **headers):
    return [
        client.get("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST="localhost", **headers).status_code
        for _ in range(settings.SPAM_POSTS_PER_HOUR + 1)
    ]


def test_a_bot_behind_the_balancer_uses_up_its_own_limit_not_everyones(client, qa_index, routing, settings):  # noqa: F811
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    ask(client, question_fields(subject_area=routing["enforcement"].pk))
    code = Question.objects.get().tracking_code
    bot = {"REMOTE_ADDR": BALANCER, "HTTP_X_FORWARDED_FOR": "203.0.113.66"}
    assert lookups(client, settings, "ZZZZZZZZ", **bot)[-1] == 429
    citizen = {"REMOTE_ADDR": BALANCER, "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    assert client.get("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST="localhost", **citizen).status_code == 200
    # The bot's own forged address, before the one the balancer appends, changes nothing.
    forged = {"REMOTE_ADDR": BALANCER, "HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.66"}
    assert client.get("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST="localhost", **forged).status_code == 429


def test_without_a_trusted_balancer_a_forwarded_address_is_not_believed(client, qa_index, routing, settings):  # noqa: F811
    settings.TRUSTED_PROXIES = []
    for number in range(settings.SPAM_POSTS_PER_HOUR):
        forged = {"REMOTE_ADDR": "203.0.113.66", "HTTP_X_FORWARDED_FOR": f"192.0.2.{number}"}
        client.get("/hoi-dap/tra-cuu/", {"code": "ZZZZZZZZ"}, HTTP_HOST="localhost", **forged)
    refused = client.get("/hoi-dap/tra-cuu/", {"code": "ZZZZZZZZ"}, HTTP_HOST="localhost", REMOTE_ADDR="203.0.113.66")
    assert refused.status_code == 429
