"""Every password change is logged as such (`moj.password_change`), never the password (R-OPS-3): by an administrator
on the user screen, by the account itself in its own settings, or through the reset link sent by e-mail.

Django's User.set_password() keeps the new raw password in `_password` until the save; a hash upgrade at login clears
it first, so only real changes are logged. A new account's first password is part of its creation, not a change."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.log_actions import get_active_log_context, log

PASSWORD_CHANGE = "moj.password_change"


@receiver(post_save, sender=get_user_model())
def log_password_change(sender, instance, created, update_fields=None, **kwargs):
    if created or getattr(instance, "_password", None) is None:
        return
    actor = get_active_log_context().user or instance  # nobody logged in: the reset link, used by the account itself
    log(instance=instance, action=PASSWORD_CHANGE, user=actor, data={"by_self": actor.pk == instance.pk})
