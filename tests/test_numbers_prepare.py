"""numbers.prepare() builds the grammar and every table the readers would otherwise build on first use."""

import importlib

import policytext.numbers as numbers_package

MODULES = [importlib.import_module(f"policytext.numbers.{name}") for name in ("grammar", "units", "dates")]


def _unbounded_caches():
    """The cached functions of the numbers modules that keep all they build: tables and patterns."""
    for module in MODULES:
        for name, value in vars(module).items():
            info_of = getattr(value, "cache_info", None)
            if info_of and value.__module__ == module.__name__ and info_of().maxsize is None:
                yield f"{module.__name__.rsplit('.', 1)[1]}.{name}", value


CACHES = dict(_unbounded_caches())
# Those without arguments build one thing each; prepare() must build them all.
BUILDERS = {name: f for name, f in CACHES.items() if f.__wrapped__.__code__.co_argcount == 0}


def test_the_package_has_one_time_builders():
    assert {"grammar._dispatch", "grammar.implied_unit_pattern", "units.units", "dates.plan_periods"} <= set(BUILDERS)


def test_prepare_builds_every_one():
    for cache in CACHES.values():
        cache.cache_clear()
    numbers_package.prepare()
    assert [name for name, builder in BUILDERS.items() if builder.cache_info().currsize != 1] == []


def test_prepare_loads_the_qualifier_tables_of_every_position():
    from policytext.numbers.units import qualifier_words, qualifier_words_ending_with

    qualifier_words_ending_with.cache_clear()
    numbers_package.prepare()
    positions = {q.position for q in qualifier_words().values()}
    assert qualifier_words_ending_with.cache_info().currsize == len(positions)
