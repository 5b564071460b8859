from django.urls import path

from questions import views

urlpatterns = [
    path("hoi-dap/gui-cau-hoi/", views.ask, name="questions_ask"),
    path("hoi-dap/tra-cuu/", views.tracking, name="questions_tracking"),
]
