"""Test data: people of the newsroom with their roles. `UserFactory(username="approver", groups=[site.approvers_group])`,
`UserFactory(groups=[roles.CHIEF_EDITOR])` (a role by its group's name), `UserFactory(superuser=True)`.
Everyone's password is the demo one (settings.DEMO_PASSWORD), so a test can log in through the login form."""

import factory
from django.conf import settings
from django.contrib.auth.models import Group


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"nguoi-dung-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@moj.gov.vn")
    password = factory.django.Password(settings.DEMO_PASSWORD)

    class Meta:
        model = settings.AUTH_USER_MODEL
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(username="root", is_superuser=True, is_staff=True)

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(*(group if isinstance(group, Group) else Group.objects.get(name=group) for group in extracted))
