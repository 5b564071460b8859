"""The Vietnamese query corpus (R-SRCH-1), asked on the main portal's search page as a citizen would."""

import pytest
from bs4 import BeautifulSoup

from tests.search.corpus import CASES


def result_titles(client, query):
    response = client.get("/tim-kiem/", {"q": query}, HTTP_HOST="localhost")
    assert response.status_code == 200
    soup = BeautifulSoup(response.text, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".search-result__title a")]


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES, ids=str)
def test_query_finds_what_a_citizen_expects(client, search_corpus, case):
    titles = result_titles(client, case.query)
    if case.first:
        assert titles and titles[0] == case.first, titles
    for title in case.found:
        assert title in titles, titles
    for title in case.absent:
        assert title not in titles, titles
    if case.before:
        higher, lower = case.before
        assert higher in titles and lower in titles and titles.index(higher) < titles.index(lower), titles
