"""Many saves, indexed once: what a block saves is indexed at its end, each object once.

On every save, Wagtail brings two indexes up to date through a task (run at once by the test and demo settings):
the search index (modelsearch) and the reference index (what uses which picture, page or snippet). A page the demo
builds is saved when created, when its revision is saved and when published: three full index updates, about a
third of `load_demo`. `deferred_indexing()` collects the saved objects instead and, when the block succeeds, runs
each index's own task once per object, as the object is then. Deletions update the indexes at once, as always.

The reference index records a child object of a cluster (an attachment, a unit's leader) under its parent: Wagtail's
task indexes the parent for it. Collected under the parent's own key, the parent is indexed once, not once more
for every child saved with it (one reference-index update in ten, in the demo)."""

from contextlib import contextmanager, suppress

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler as search_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save as references_handler
from wagtail.tasks import update_reference_index_task


@contextmanager
def deferred_indexing():
    indexes = [
        (search_handler, insert_or_update_object_task, index.get_indexed_models()),
        (references_handler, update_reference_index_task, ReferenceIndex.tracked_models),
    ]
    pending = {}  # (task, app label, model name, pk) → None, in the order of the first save
    swapped = []
    for handler, task, models in indexes:

        def collect(sender, instance, raw=False, task=task, **kwargs):
            if raw:
                return
            if task is update_reference_index_task:
                instance = cluster_parent(instance)
                if instance is None:
                    return  # no parent: Wagtail's task records nothing either
            pending[(task, instance._meta.app_label, instance._meta.model_name, str(instance.pk))] = None

        for model in models:
            if post_save.disconnect(handler, sender=model):  # only where Wagtail connected it
                post_save.connect(collect, sender=model, weak=False)
                swapped.append((handler, collect, model))
    try:
        yield
    finally:
        for handler, collect, model in swapped:
            post_save.disconnect(collect, sender=model)
            post_save.connect(handler, sender=model)
    for task, *arguments in pending:
        # An object deleted later in the block: its deletion took it out of the indexes.
        with suppress(ObjectDoesNotExist):
            task.call(*arguments)


def cluster_parent(instance):
    """The object the reference index records `instance` under, as Wagtail's task finds it: up its parental keys."""
    while instance is not None:
        parental_keys = [field for field in instance._meta.get_fields() if isinstance(field, ParentalKey)]
        if not parental_keys:
            return instance
        instance = getattr(instance, parental_keys[0].name)
    return None
