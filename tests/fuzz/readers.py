"""Which GET parameters the portal's own code reads, found by reading the code (Python's ast): `request.GET.get("x")`,
`request.GET["x"]`, `"x" in request.GET`, and a form built from `request.GET` (its declared fields). Anything else
done with `request.GET` — iterating it, reading a name held in a variable — is a read of unknown parameters."""

import ast
import importlib
from dataclasses import dataclass
from pathlib import Path

from django import forms
from django.conf import settings

NOT_APPLICATION_CODE = {"tests", "bench"}
QUERY_ATTRIBUTES = {"GET", "query_params"}  # Django's and Django REST framework's names for the query string
READ_METHODS = {"get", "getlist", "pop", "__getitem__", "__contains__"}
# Copying the query string to re-encode it with one value changed reads no parameter (search's "whole portal" link).
NOT_READING = {"copy", "urlencode"}


@dataclass(frozen=True)
class Read:
    module: str
    owner: str  # "module.Class" or "module.function": the code that reads
    name: str | None  # None: a read of parameters whose names the code does not spell out
    line: int

    def __str__(self):
        return f"{self.module.replace('.', '/')}.py:{self.line} ({self.owner}) reads {self.name or 'unknown parameters'!r}"


def application_modules() -> dict[str, Path]:
    base = Path(settings.BASE_DIR)
    packages = [init.parent for init in base.glob("*/__init__.py") if init.parent.name not in NOT_APPLICATION_CODE]
    modules = {}
    for package in packages:
        for path in package.rglob("*.py"):
            if "migrations" not in path.parts:
                dotted = ".".join(path.relative_to(base).with_suffix("").parts)
                modules[dotted.removesuffix(".__init__")] = path
    return modules


def reads() -> list[Read]:
    return [read for module, path in sorted(application_modules().items()) for read in reads_in(module, path.read_text())]


def reads_in(module: str, source: str) -> list[Read]:
    found = []
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in QUERY_ATTRIBUTES:
            owner = _owner(module, node, parents)
            found += [Read(module, owner, name, node.lineno) for name in _names(module, tree, node, parents)]
    return found


def _owner(module: str, node, parents) -> str:
    """The outermost class around the read, or else the outermost function."""
    scopes = []
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            scopes.append(node)
    classes = [scope for scope in scopes if isinstance(scope, ast.ClassDef)]
    outermost = (classes or scopes or [None])[-1]
    return f"{module}.{outermost.name}" if outermost else module


def _names(module: str, tree, node, parents) -> list[str | None]:
    parent = parents[node]
    if isinstance(parent, ast.Attribute) and parent.attr in NOT_READING:
        return []
    if isinstance(parent, ast.Attribute) and parent.attr in READ_METHODS:
        call = parents[parent]
        if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant):
            return [call.args[0].value]
        return [None]
    if isinstance(parent, ast.Subscript) and parent.value is node:
        return [parent.slice.value] if isinstance(parent.slice, ast.Constant) else [None]
    if isinstance(parent, ast.Compare) and isinstance(parent.left, ast.Constant) and isinstance(parent.ops[0], ast.In | ast.NotIn):
        return [parent.left.value]
    call = parents[parent] if isinstance(parent, ast.BoolOp) else parent  # `Form(request.GET or None)`
    if isinstance(call, ast.Call):
        form = _form_class(module, tree, call.func)
        if form is not None:
            return list(form.base_fields)
    return [None]


def _form_class(module: str, tree, func) -> type | None:
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    candidate = getattr(importlib.import_module(module), name, None) if name else None
    if candidate is None:  # imported inside the function that uses it
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and any((alias.asname or alias.name) == name for alias in node.names):
                candidate = getattr(importlib.import_module(node.module), name, None)
    return candidate if isinstance(candidate, type) and issubclass(candidate, forms.BaseForm) else None
