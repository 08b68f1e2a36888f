"""The layers of DESIGN.md §1 hold, cover the whole package, and no import goes round in a circle.

import-linter checks the contracts in pyproject.toml on every test run. The tests below make sure
those contracts can see everything: each module of the package lies in a declared layer (walked with
pkgutil, so a new module cannot slip past), and grimp finds no import cycle between modules, counting
imports inside functions too (import-linter's own cycle contract only compares sibling packages).
"""

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "tyokirja"


def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def _layer_contract() -> dict:
    [layers] = [c for c in _contracts() if c["type"] == "layers" and c.get("containers") == [PACKAGE]]
    return layers


def _declared_layers() -> set[str]:
    """Every module named in the layers contract, as a full dotted name."""
    names = set()
    for layer in _layer_contract()["layers"]:
        for part in layer.replace(":", "|").split("|"):
            names.add(f"{PACKAGE}.{part.strip()}")
    return names


def _package_modules() -> set[str]:
    """Every module and subpackage under tyokirja/, found on disk without importing any of them."""
    found = set()

    def walk(folder: Path, prefix: str) -> None:
        for info in pkgutil.iter_modules([str(folder)]):
            name = f"{prefix}.{info.name}"
            found.add(name)
            if info.ispkg:
                walk(folder / info.name, name)

    walk(ROOT / PACKAGE, PACKAGE)
    return found


def _graph() -> grimp.ImportGraph:
    # Every import statement counts: module level, inside functions, under TYPE_CHECKING.
    return grimp.build_graph(PACKAGE, cache_dir=None)


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Contracts: {len(_contracts())} kept, 0 broken" in done.stdout, done.stdout


def test_the_layers_contract_is_exhaustive():
    """import-linter itself refuses an undeclared child of tyokirja only while this stays on."""
    assert _layer_contract().get("exhaustive") is True


def test_every_module_of_the_package_is_in_a_layer():
    layers = _declared_layers()
    modules = _package_modules()
    assert modules, "found no modules: is the package where this test looks?"
    outside = sorted(m for m in modules if not any(m == layer or m.startswith(layer + ".") for layer in layers))
    assert not outside, "modules in no layer of pyproject.toml [tool.importlinter]: " + ", ".join(outside)
    missing = sorted(layer for layer in layers if layer not in modules)
    assert not missing, "layers naming no module: " + ", ".join(missing)


def test_the_package_init_is_no_layer_because_it_imports_nothing_of_its_own():
    """tyokirja/__init__.py is the container of the layers: every layer may read its constants."""
    graph = _graph()
    assert graph.find_modules_directly_imported_by(PACKAGE) == set()


def _cycles(graph: grimp.ImportGraph, package: str = PACKAGE) -> list[list[str]]:
    """Groups of modules of `package` that import each other in a circle (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & set(modules)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []
    for start in modules:
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_no_import_cycle_between_modules():
    graph = _graph()
    problems = []
    for group in _cycles(graph):
        lines = []
        for importer in group:
            for imported in sorted(graph.find_modules_directly_imported_by(importer) & set(group)):
                for detail in graph.get_import_details(importer=importer, imported=imported):
                    lines.append(f"  {importer}:{detail['line_number']}  {detail['line_contents']}")
        problems.append(" <-> ".join(group) + "\n" + "\n".join(lines))
    assert not problems, "import cycles (break them with a shared lower module):\n" + "\n".join(problems)


def test_the_cycle_check_sees_imports_inside_functions(tmp_path, monkeypatch):
    """A positive control: a cycle made only by an import inside a function is found."""
    package = tmp_path / "cyclepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from cyclepkg import b\n")
    (package / "b.py").write_text("def late():\n    from cyclepkg import a\n    return a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("cyclepkg", cache_dir=None)
    assert _cycles(graph, "cyclepkg") == [["cyclepkg.a", "cyclepkg.b"]]
