from django.urls import path

from intake import completion, views

urlpatterns = [
    path("gui-thong-tin/", views.submission, name="intake_submission"),
    path("gui-thong-tin/bo-sung/<str:token>/", completion.complete, name="intake_completion"),
]
