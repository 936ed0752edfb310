"""clean.prepare() builds every table and pattern a fix would otherwise build on first use."""

import importlib
import pkgutil

clean_package = importlib.import_module("policytext.clean")


def _one_time_builders():
    """Every ``lru_cache(maxsize=1)`` function of the clean package: the lazily built tables and patterns."""
    for info in pkgutil.iter_modules(clean_package.__path__):
        module = importlib.import_module(f"policytext.clean.{info.name}")
        for name, value in vars(module).items():
            info_of = getattr(value, "cache_info", None)
            if info_of and value.__module__ == module.__name__ and info_of().maxsize == 1:
                yield f"{info.name}.{name}", value


BUILDERS = dict(_one_time_builders())


def test_the_package_has_one_time_builders():
    assert {"byline._label_pattern", "boilerplate._footer_lines", "reflow._caption_patterns"} <= set(BUILDERS)


def test_prepare_builds_every_one():
    for builder in BUILDERS.values():
        builder.cache_clear()
    clean_package.prepare()
    assert [name for name, builder in BUILDERS.items() if builder.cache_info().currsize != 1] == []
