"""The architecture, as a test: drafter's subpackages are stages in order (docs/architecture.md), and
a module imports only from its own stage or an earlier one, never a later one, and no import circle
closes among modules. Imports inside functions count too: they defer loading, not dependence."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "drafter"

# Earliest first. A module belongs to the longest name here that is a prefix of its own.
STAGES = (
    ("drafter", "drafter.i18n", "drafter.errors", "drafter.files", "drafter.places"),  # shared by all
    ("drafter.text",),  # the 公文 text helpers: numerals, markers, dates, punctuation, site lines
    ("drafter.data",),  # the report's and scheme's data, read within bounds and validated
    ("drafter.assemble",),  # compose, parse, number: the document tree
    ("drafter.write",),  # .docx, .txt, .html
    ("drafter.office",),  # LibreOffice
    ("drafter.pipeline",),  # load → compose → parse → number → write, for the front ends
    ("drafter.readers", "drafter.tables"),  # files clerks hold, read into one simple form
    ("drafter.importer",),  # a report read back into data
    ("drafter.lint",),  # drafter check
    ("drafter.schemes",),  # scheme import, export, diff
    ("drafter.drafting",),  # new, carry-over, draft
    ("drafter.serve",),  # the drafting page
    ("drafter.batch", "drafter.cli", "drafter.__main__"),  # the command line on top
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage_of(module: str) -> int:
    best = max((name for stage in STAGES for name in stage if module == name or module.startswith(name + ".")), key=len)
    return next(i for i, stage in enumerate(STAGES) if best in stage)


def imports_of(path: Path) -> list[tuple[str, int, bool]]:
    """(module imported, line, at the top level) for every drafter module this file imports."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("drafter"):
            known = {module_name(p) for p in PACKAGE.rglob("*.py")}
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.append((full if full in known else node.module, node.lineno, id(node) in top))
        elif isinstance(node, ast.Import):
            found += [(a.name, node.lineno, id(node) in top) for a in node.names if a.name.startswith("drafter")]
    return found


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_has_a_stage():
    assert all(stage_of(m) is not None for m in MODULES)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_later_stage(module):
    later = [f"{name} (line {line})" for name, line, _ in imports_of(MODULES[module]) if stage_of(name) > stage_of(module)]
    assert not later, f"{module} imports later stages: {later}"


def test_no_import_circle():
    graph = {m: {name for name, _, _ in imports_of(p) if name in MODULES and name != m} for m, p in MODULES.items()}
    # a package's __init__ is imported with any of its modules: an edge to a package's own module is no circle
    for module in graph:
        graph[module] = {n for n in graph[module] if not module.startswith(n + ".")}
    done, path = set(), []

    def visit(node):
        if node in path:
            raise AssertionError("import circle: " + " → ".join(path[path.index(node):] + [node]))
        if node in done:
            return
        path.append(node)
        for following in sorted(graph[node]):
            visit(following)
        path.pop()
        done.add(node)

    for module in sorted(graph):
        visit(module)


def test_imports_inside_functions_defer_something():
    """An import inside a function keeps a module from loading until it is needed (the start-up
    policy test_startup pins); one of a module the file's own top-level imports load already does
    nothing but hide a dependence, so it belongs at the top."""
    top = {m: {name for name, _, at_top in imports_of(p) if at_top} for m, p in MODULES.items()}

    def loaded_with(module: str, seen: set) -> set:
        parts = module.split(".")
        found = {".".join(parts[:i]) for i in range(1, len(parts))}  # its packages load first
        for name in top.get(module, ()):
            found |= {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)}
        for name in list(found):
            if name in MODULES and name not in seen:
                seen.add(name)
                found |= loaded_with(name, seen)
        return found

    idle = [f"{module}: {name} (line {line})" for module, path in MODULES.items() for name, line, at_top in imports_of(path)
            if not at_top and name in loaded_with(module, {module}) | {module}]
    assert not idle, idle


GENERATED = {"drafter.data.report_validator", "drafter.data.scheme_validator"}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_says_its_job_and_stays_readable(module):
    """A docstring on every module, and none over about 450 lines but the generated validators."""
    source = MODULES[module].read_text(encoding="utf-8")
    assert ast.get_docstring(ast.parse(source)), f"{module} has no docstring"
    assert module in GENERATED or source.count("\n") <= 460, f"{module} has {source.count(chr(10))} lines"
