"""The part of the action matrix's world (tests/subsites/action_world.py) that the registers act on: an entry of the
intake register with its sender's personal data and a scan, a unit's focal point, a Board member's field on a live
item of the main portal, a review request to thads's focal point, each site's live item assigned to its editor (for
the reassignment). Made with the features' own code."""

import datetime

from django.utils import timezone

from editorial.assignments import assign
from editorial.models import ReviewRequest, ReviewRequestItem
from home.factories import SubjectAreaFactory
from intake.models import Channel, FocalPoint, Kind
from intake.register import add_attachment, register

SENDER = {"organisation": "Sở Tư pháp Hà Nội", "full_name": "Trần Văn Bình", "email": "binh@example.org", "phone": "0912345678"}
MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def register_objects(world) -> dict:
    users, snippets, moj = world.users, world.snippets, world.sites["moj"]
    entry = register(Channel.WEB, {"kind": Kind.NEWS, "title": "Tin từ Sở Tư pháp", "content": "Nội dung tin.", **SENDER})
    add_attachment(entry, ("cong-van.pdf", MINIMAL_PDF))
    focal_point = FocalPoint.objects.create(unit=snippets["unit"], user=users["focal_thads"])
    # The Board member follows the field of the main portal's live item (Art 15.1); not the matrix's shared subject
    # area, which a row gives them.
    field = SubjectAreaFactory(name="Bổ trợ tư pháp", slug="bo-tro-tu-phap")
    snippets["board_member"].subject_areas.add(field)
    live = type(moj.live).objects.get(pk=moj.live.pk)
    live.subject_areas.add(field)
    live.save()
    review_request = ReviewRequest.objects.create(
        portal_site=moj.portal_site,
        unit=snippets["unit"],
        focal_point=users["focal_thads"],
        requested_by=users["standing_approver"],
        due_date=timezone.localdate() + datetime.timedelta(days=7),
    )
    item = ReviewRequestItem.objects.create(request=review_request, page=moj.live)
    for slug, objects in world.sites.items():
        assign(objects.live, users["chief"], users[f"{'standing' if slug == 'moj' else slug}_editor"], 2, "Giao trước")
    return {"entry": entry, "focal_point": focal_point, "review_request": review_request, "review_item": item}
