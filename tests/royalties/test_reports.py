"""What the ledger adds up (R-ROY-1 items 1, 4): payees chosen in the page editor are paid as authors, translator and
photographer, and the editor chooses them from the register without seeing their payment details. What it prints of
a month: tests/royalties/one_month/test_statements.py."""

from royalties.models import Contributor, RoyaltyLine


def test_payees_chosen_in_the_editor_are_paid_as_authors_translator_and_photographer(regime, people, publish):
    author = Contributor.objects.create(name="Nguyễn Hữu Lâm", organisation="Trường Đại học Luật Hà Nội")
    coauthor = Contributor.objects.create(name="Trần Thu Hà")
    translator = Contributor.objects.create(name="Lê Minh Quân")
    photographer = Contributor.objects.create(name="Phạm Quang Ảnh")
    named = [(author, "author"), (coauthor, "author"), (translator, "translation"), (photographer, "photography")]
    article = publish(named=named)
    lines = {(line.contributor.name, line.fee_role): line.amount for line in RoyaltyLine.objects.filter(page=article)}
    reporter = Contributor.objects.get(user=people["standing_editor"]).name
    approver = Contributor.objects.get(user=people["standing_approver"]).name
    assert lines == {
        ("Nguyễn Hữu Lâm", ""): 50_000,  # coefficient 1 × 100,000, half each
        ("Trần Thu Hà", ""): 50_000,
        ("Lê Minh Quân", "translation"): 150_000,  # coefficient 1.5
        ("Phạm Quang Ảnh", "photography"): 80_000,
        (reporter, "editing"): 50_000,
        (approver, "approval"): 30_000,
    }


def test_the_article_editor_chooses_payees_from_the_register_without_their_payment_details(client, regime, people, newsroom):
    Contributor.objects.create(name="Nguyễn Hữu Lâm", bank_account="0021000456789")
    article = newsroom["draft"]()
    client.force_login(people["standing_editor"])
    editor = client.get(f"/admin/pages/{article.pk}/edit/")
    assert editor.status_code == 200 and "royalty_contributors-TOTAL_FORMS" in editor.text
    assert "Người hưởng nhuận bút, thù lao" in editor.text
    chooser = client.get("/admin/snippets/choose/royalties/contributor/")
    assert chooser.status_code == 200
    listing = chooser.json()["html"]  # a modal's JSON
    assert "Nguyễn Hữu Lâm" in listing and "0021000456789" not in listing
