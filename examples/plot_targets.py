"""Policy targets by deadline: extract facts, load them into pandas, plot, save a PNG.

    uv run --group examples python examples/plot_targets.py [FILES or DIRECTORIES…]   (default: seeds/)

A notebook-style script: each ``# %%`` cell runs on its own in Jupyter or VS Code.
pandas and matplotlib come from the ``examples`` dependency group; policytext
itself does not depend on them.  Chinese labels need a CJK font (Noto Sans
CJK, Source Han Sans, WenQuanYi, SimHei, …); without one the chart labels
targets by document and number instead.
"""

# %% 1. Extract the facts with the Python API (the same as `policytext extract FILES`).
from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # write a file; no display needed

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from policytext.extract import extract, facts  # noqa: E402
from policytext.io.read import iter_inputs  # noqa: E402

inputs = sys.argv[1:] or ["seeds/"]
rows = []
for record in iter_inputs(inputs):
    if "error" not in record:
        rows.extend(facts(extract(record)))
df = pd.DataFrame(rows)
print(f"{len(df)} facts from {df['doc'].nunique()} documents")

# %% 2. Targets with a deadline; the deadline's year as a number ("2025", "2024-12-31" -> 2025).
targets = df[(df["kind"] == "target") & df["deadline"].notna()].copy()
targets["year"] = targets["deadline"].astype(str).str[:4].astype(int)


def kind_of_goal(t: pd.Series) -> str:
    if t["qualitative"]:
        return "qualitative"
    return {"increase": "increase", "decrease": "decrease", "multiply": "multiply"}.get(t["change"], "level")


targets["goal"] = targets.apply(kind_of_goal, axis=1)
print(targets[["doc", "year", "metric", "comparator", "value", "unit", "status"]].to_string(max_colwidth=24))

# %% 3. A CJK font if there is one, so the metrics can be shown as written.
CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei",
             "PingFang SC", "Heiti SC")
installed = {f.name for f in font_manager.fontManager.ttflist}
cjk_font = next((name for name in CJK_FONTS if name in installed), None)
if cjk_font:
    plt.rcParams["font.family"] = cjk_font
else:
    print("no CJK font found: targets are labelled by document and number")


def readable(value: float) -> str:
    """650亿 rather than 6.5e+10: Chinese magnitudes where the font can show them."""
    magnitudes = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")) if cjk_font else ((1e12, " tn"), (1e9, " bn"), (1e6, " m"))
    for size, name in magnitudes:
        if abs(value) >= size:
            return f"{value / size:g}{name}"
    return f"{value:g}"


def label(t: pd.Series) -> str:
    if t["qualitative"]:
        what = t["metric"] or t["text"][:12]
        return what if cjk_font else f"{t['doc'][:8]} #{t.name}"
    if t["value"] is not None and t["value"] == t["value"]:
        amount = readable(float(t["value"]))
    else:
        amount = f"{readable(float(t['low']))}..{readable(float(t['high']))}"
    unit = t["unit"] if cjk_font or str(t["unit"]).isascii() else ""
    head = t["metric"] if cjk_font else f"{t['doc'][:8]} #{t.name}"
    return f"{head} {t['comparator'] or ''} {amount} {unit or ''}".strip()


# %% 4. How many targets fall due each year, and each target on a timeline.
fig, (count_ax, line_ax) = plt.subplots(1, 2, figsize=(13, max(4.5, 0.35 * len(targets) + 1)),
                                        gridspec_kw={"width_ratios": [1, 1.6]})
by_year = targets.groupby(["year", "goal"]).size().unstack(fill_value=0)
by_year.plot.bar(stacked=True, ax=count_ax, rot=0)
count_ax.set(title="Targets by deadline", xlabel="deadline", ylabel="targets")
count_ax.yaxis.get_major_locator().set_params(integer=True)

timeline = targets.sort_values(["year", "doc"]).head(40)  # the 40 nearest deadlines stay readable
colours = {"target": "tab:blue", "forecast": "tab:orange"}
for row, (_, t) in enumerate(timeline.iterrows()):
    line_ax.scatter(t["year"], row, color=colours.get(t["status"], "tab:gray"), zorder=2)
    line_ax.annotate(label(t), (t["year"], row), xytext=(8, -3), textcoords="offset points", fontsize=8)
line_ax.set_yticks([])
line_ax.invert_yaxis()
years = sorted(timeline["year"].unique())
line_ax.set_xticks(years)
line_ax.set_xlim(min(years) - 0.5, max(years) + 2.5)  # room for the labels on the right
line_ax.grid(axis="x", alpha=0.3)
line_ax.set(title="Each target at its deadline (blue: target, orange: forecast)", xlabel="deadline")
fig.tight_layout()

# %% 5. Save the figure next to the other example outputs.
out = Path(__file__).resolve().parent / "out" / "targets_by_deadline.png"
out.parent.mkdir(parents=True, exist_ok=True)
fig.savefig(out, dpi=120)
print(f"wrote {out}")
