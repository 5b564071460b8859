"""The structure stays as DESIGN.md draws it (issue 11): imports between apps go one way, no module grows past 400
lines, and imports hidden inside functions (the usual way round a cycle) are only where a reason is written here."""

import ast
import functools
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Bottom to top: each layer may import only the layers before it (Wagtail and Django aside).
LAYERS = [
    {"vietnamese", "defence"},
    {"home"},
    {"accounts"},
    {"subsites"},
    {"news", "documents", "qa"},
    {"editorial", "search", "audit"},
    {"intake"},
    {"questions", "royalties", "consultations"},
    {"demo", "operations"},
    {"moj_site"},
]
APPS = set().union(*LAYERS)
MAX_LINES = 400
# In-function imports that stay, and why.
INNER_IMPORTS_ALLOWED = {
    "manage.py": "Django's generated entry point",
    "moj_site/database.py": "embedded PostgreSQL is loaded only when DATABASE_URL is unset (production never loads it)",
    "editorial/apps.py": "signal receivers connected in AppConfig.ready(), once models are loaded",
    "accounts/apps.py": "signal receivers connected in AppConfig.ready(), once models are loaded",
    "home/apps.py": "admin date and slug fields, the page cache's receivers: set in AppConfig.ready() once the models are loaded",
    "documents/apps.py": "signal receivers connected in AppConfig.ready(), once models are loaded",
    "royalties/apps.py": "signal receivers, and the article editor's panel of payees, set in AppConfig.ready() once models are loaded",
    "subsites/apps.py": "the sitemaps registered with the page cache's CDN purge in AppConfig.ready(), once models are loaded",
    "consultations/routes.py": "the comment form checks uploads with defence.uploads, which loads Wagtail's document forms "
    "(they need the models loaded); the routes are loaded with the draft page model",
}


# Read once per session: parsing every module takes about a second, and each of the checks below (one per app for the
# layers) would otherwise parse them all again. The tree does not change while the tests run.
@functools.cache
def python_files() -> tuple[Path, ...]:
    return tuple(
        relative
        for relative in (path.relative_to(ROOT) for path in sorted(ROOT.rglob("*.py")))
        if relative.parts[0] not in {".venv", ".data", "media"} and "migrations" not in relative.parts
    )


@functools.cache
def imports_of(relative: Path) -> tuple[tuple[str, bool], ...]:
    """(imported top-level package, is inside a function) for every import statement of a module."""
    found = []
    for node in ast.walk(ast.parse((ROOT / relative).read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.extend((name.split(".")[0], node.col_offset > 0) for name in names)
    return tuple(found)


@functools.cache
def app_graph() -> dict[str, frozenset[str]]:
    graph = defaultdict(set)
    for relative in python_files():
        app = relative.parts[0]
        if app not in APPS:
            continue
        for imported, _ in imports_of(relative):
            if imported in APPS and imported != app:
                graph[app].add(imported)
    return {app: frozenset(imported) for app, imported in graph.items()}  # frozen: shared by every test


def layer_of(app: str) -> int:
    return next(n for n, layer in enumerate(LAYERS) if app in layer)


def test_every_app_has_a_layer():
    apps_on_disk = {path.parent.name for path in ROOT.glob("*/__init__.py")} - {"tests", "bench"}
    assert apps_on_disk == APPS


@pytest.mark.parametrize("app", sorted(APPS))
def test_imports_go_down_the_layers(app):
    upward = {imported for imported in app_graph().get(app, frozenset()) if layer_of(imported) >= layer_of(app)}
    assert not upward, f"{app} imports {sorted(upward)}: same or higher layer (see LAYERS)"


def test_no_import_cycle_between_apps():
    graph, state = app_graph(), {}

    def visit(app, trail):
        if state.get(app) == "open":
            raise AssertionError(" → ".join([*trail, app]))
        if state.get(app) == "done":
            return
        state[app] = "open"
        for imported in sorted(graph.get(app, ())):
            visit(imported, [*trail, app])
        state[app] = "done"

    for app in sorted(graph):
        visit(app, [])


def test_no_module_over_400_lines():
    long = {str(path): count for path in python_files() if (count := len((ROOT / path).read_text().splitlines())) > MAX_LINES}
    assert not long, f"split these into packages (STYLE.md): {long}"


def test_no_import_hidden_in_a_function_without_a_reason():
    hidden = {str(path) for path in python_files() if path.parts[0] in APPS | {"manage.py"} and any(inner for _, inner in imports_of(path))}
    assert hidden <= set(INNER_IMPORTS_ALLOWED), sorted(hidden - set(INNER_IMPORTS_ALLOWED))
