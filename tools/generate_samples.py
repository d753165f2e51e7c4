#!/usr/bin/env python3
"""Writes the bundled sample extracts in samples/ (deterministic: same script, same files).

The extracts (April 2020 to March 2023) are invented, but built so that the December 2022
Corporate Parenting pack reproduces every figure the council published (seed 001): the three
month columns, the 2022/23 year to date and the 2021/22 outturn of each indicator 4.1-4.31. Months the
published report does not show follow a seeded random walk between those anchors.

Each month-end extract holds the month just ended and re-runs the two months before it;
a re-run may revise a figure (late recording), as the real reports warn. The final values
are those of the latest extract holding each month.

Run from the repository root:  python3 tools/generate_samples.py
"""
import csv
import datetime
import os
import random
from decimal import Decimal, ROUND_HALF_UP

FIRST = (2020, 4)
LAST = (2023, 3)
# The month of the published report the samples reproduce; later months are invented.
PUBLISHED = (2022, 12)
rng = random.Random(20230105)


def months(first=FIRST, last=LAST):
    y, m = first
    out = []
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


ALL = months()


def key(ym):
    return "%04d-%02d" % ym


def year_months(start_year):
    """The months of the financial year that starts in April of start_year, up to LAST."""
    return [ym for ym in months((start_year, 4), (start_year + 1, 3)) if ym <= LAST]


def published_months(start_year):
    """The months of a financial year the published year-to-date figures cover."""
    return [ym for ym in year_months(start_year) if ym <= PUBLISHED]


def rounded(x, places=1):
    q = Decimal(1).scaleb(-places)
    return Decimal(x).quantize(q, rounding=ROUND_HALF_UP)


def shows(num, den, target, scale=100, places=1):
    """Whether num/den x scale prints as target."""
    return den > 0 and rounded(Decimal(num) * scale / Decimal(den), places) == Decimal(str(target))


def fit(target, den_guess, scale=100, places=1):
    """(num, den) near den_guess whose ratio prints exactly as target."""
    for step in range(0, 200):
        for den in (den_guess + step, den_guess - step):
            if den <= 0:
                continue
            n0 = int(rounded(Decimal(str(target)) * den / scale, 0))
            for num in (n0, n0 - 1, n0 + 1):
                if 0 <= num and (scale != 100 or num <= den) and shows(num, den, target, scale, places):
                    return num, den
    raise ValueError("no fit for %s near %s" % (target, den_guess))


def walk(anchors, lo, hi, spread, integer=False):
    """A value for every month, equal to the anchors where given, wandering between them."""
    anchored = sorted((ALL.index(m), v) for m, v in anchors.items())
    values = {}
    for i, m in enumerate(ALL):
        before = [a for a in anchored if a[0] <= i]
        after = [a for a in anchored if a[0] >= i]
        if before and after:
            (i0, v0), (i1, v1) = before[-1], after[0]
            base = v0 if i1 == i0 else v0 + (v1 - v0) * (i - i0) / (i1 - i0)
        else:
            base = (before or after)[-1 if before else 0][1]
        value = base if m in anchors else min(hi, max(lo, base + rng.uniform(-spread, spread)))
        values[m] = int(round(value)) if integer else value
    return values


def distribute(total, slots, weights=None):
    """Splits a whole-number total over slots, roughly by weight, every share >= 0."""
    if not slots:
        if total != 0:
            raise ValueError("nothing to carry %s" % total)
        return {}
    weights = weights or {s: rng.uniform(0.6, 1.4) for s in slots}
    whole = sum(weights[s] for s in slots)
    shares = {s: int(total * weights[s] / whole) for s in slots}
    rest = total - sum(shares.values())
    for s in sorted(slots, key=lambda s: -weights[s])[:rest]:
        shares[s] += 1
    return shares


class Indicator:
    def __init__(self, ident, start=FIRST):
        self.id = ident
        self.months = [m for m in ALL if m >= start]
        self.rows = {}  # month -> dict(value=..., numerator=..., denominator=...)

    def count(self, m, n):
        self.rows[m] = {"numerator": n}

    def ratio(self, m, num, den):
        self.rows[m] = {"numerator": num, "denominator": den}


def snapshot_count(ident, anchors, lo, hi, spread, start=FIRST):
    ind = Indicator(ident, start)
    values = walk({k: v for k, v in anchors.items()}, lo, hi, spread, integer=True)
    for m in ind.months:
        ind.count(m, values[m])
    return ind


def flow_count(ident, shown, totals, typical, start=FIRST):
    """Monthly counts; shown months fixed; each financial year in totals sums to its total."""
    ind = Indicator(ident, start)
    counts = {m: max(0, int(round(rng.gauss(typical, typical * 0.3)))) for m in ind.months}
    counts.update(shown)
    for start_year, total in totals.items():
        ms = [m for m in published_months(start_year) if m in counts]
        free = [m for m in ms if m not in shown]
        counts.update(distribute(total - sum(shown.get(m, 0) for m in ms), free))
    for m in ind.months:
        ind.count(m, counts[m])
    return ind


def snapshot_percent(ident, anchors, den_of, lo, hi, spread, start=FIRST):
    """A percentage at each month end; anchors print exactly as published."""
    ind = Indicator(ident, start)
    pct = walk(anchors, lo, hi, spread)
    for m in ind.months:
        den = den_of(m)
        if m in anchors:
            num, den = fit(anchors[m], den)
        else:
            num = min(den, int(round(pct[m] * den / 100)))
        ind.ratio(m, num, den)
    return ind


def ratio_percent(ident, shown, year_targets, den_of, lo, hi, spread, start=FIRST):
    """A percentage of a flow: shown months as (num, den); each year's Σnum/Σden prints as its target."""
    ind = Indicator(ident, start)
    dens = {m: den_of(m) for m in ind.months}
    nums = {}
    for m in ind.months:
        if m in shown:
            nums[m], dens[m] = shown[m]
        else:
            nums[m] = min(dens[m], int(round(rng.uniform(lo, hi) * dens[m] / 100)))
    for start_year, target in year_targets.items():
        ms = [m for m in published_months(start_year) if m in dens]
        free = [m for m in ms if m not in shown]
        fixed_num = sum(nums[m] for m in ms if m in shown)
        for attempt in range(100):
            total_den = sum(dens[m] for m in ms)
            n0 = int(rounded(Decimal(str(target)) * total_den / 100, 0))
            hit = [n for n in (n0, n0 - 1, n0 + 1) if shows(n, total_den, target)]
            if hit:
                break
            dens[free[attempt % len(free)]] += 1
        else:
            raise ValueError(ident)
        shares = distribute(hit[0] - fixed_num, free, {m: dens[m] for m in free})
        for m in free:
            if shares[m] > dens[m]:
                raise ValueError("%s: %s of %s in %s" % (ident, shares[m], dens[m], key(m)))
            nums[m] = shares[m]
    for m in ind.months:
        ind.ratio(m, nums[m], dens[m])
    return ind


def rolling_percent(ident, anchors, den_typical, lo, hi, spread):
    """Monthly num/den whose 12-month windows print as the anchors (Σnum/Σden x 100)."""
    ind = Indicator(ident)
    path = walk(anchors, lo, hi, spread)
    nums, dens = {}, {}
    for i, m in enumerate(ind.months):
        if i < 12:
            dens[m] = den_typical + rng.randint(-4, 4)
            nums[m] = int(round(path[m] * dens[m] / 100))
            continue
        carried_num = sum(nums[x] for x in ind.months[i - 11:i])
        carried_den = sum(dens[x] for x in ind.months[i - 11:i])
        for step in range(0, 40):
            d = den_typical + (step // 2 + 1) * (-1) ** step if step else den_typical
            total_den = carried_den + d
            if m in anchors:
                n0 = int(rounded(Decimal(str(anchors[m])) * total_den / 100, 0))
                cands = [n for n in (n0, n0 - 1, n0 + 1) if shows(n, total_den, anchors[m])]
            else:
                cands = [int(round(path[m] * total_den / 100))]
            cands = [n - carried_num for n in cands if 0 <= n - carried_num <= d]
            if cands:
                nums[m], dens[m] = cands[0], d
                break
        else:
            raise ValueError("%s: no monthly figure gives %s in %s" % (ident, anchors.get(m), key(m)))
    for m in ind.months:
        ind.ratio(m, nums[m], dens[m])
    return ind


def year_to_date_average(ident, anchors, lo, hi, spread):
    """Monthly (total days, cases) whose running averages since April print as the anchors."""
    ind = Indicator(ident)
    path = walk(anchors, lo, hi, spread)
    totals, cases = {}, {}
    for start_year in range(FIRST[0], LAST[0] + 1):
        running_total, running_cases = 0, 0
        for m in year_months(start_year):
            for extra in range(0, 12):
                c = rng.randint(1, 3) + extra
                target = anchors.get(m, round(path[m], 1))
                n0 = int(rounded(Decimal(str(target)) * (running_cases + c), 0))
                cands = [n for n in (n0, n0 - 1, n0 + 1)
                         if shows(n, running_cases + c, target, scale=1) and n - running_total >= 30 * c]
                if cands:
                    break
            else:
                raise ValueError("%s: no monthly figure gives %s in %s" % (ident, target, key(m)))
            totals[m], cases[m] = cands[0] - running_total, c
            running_total, running_cases = cands[0], running_cases + c
    for m in ind.months:
        ind.ratio(m, totals[m], cases[m])
    return ind


OCT, NOV, DEC, MAR22 = (2022, 10), (2022, 11), (2022, 12), (2022, 3)
APR21, APR22 = (2021, 4), (2022, 4)


def three(a, b, c):
    return {OCT: a, NOV: b, DEC: c}


def build():
    lac = snapshot_count("looked-after-children", {**three(555, 565, 551), MAR22: 562, (2020, 4): 585},
                         530, 600, 6)
    lac_count = {m: lac.rows[m]["numerator"] for m in ALL}
    rate = Indicator("looked-after-children-rate")
    for m in ALL:
        rate.count(m, lac_count[m])
    ceased = flow_count("ceased-looked-after", three(10, 14, 23), {2021: 212, 2022: 153}, 17)
    ceased_count = {m: ceased.rows[m]["numerator"] for m in ALL}
    sgo_ceased = flow_count("ceased-sgo-cao", three(3, 6, 2), {2021: 42, 2022: 25}, 3, start=APR21)
    sgo = sgo_ceased.rows
    permanence_shown = {OCT: (5, 10), NOV: (8, 14), DEC: (2, 23)}
    return [
        lac,
        rate,
        flow_count("admissions", three(23, 24, 10), {2021: 175, 2022: 147}, 15),
        snapshot_count("uasc-looked-after", {**three(37, 42, 42), APR22: 30}, 25, 45, 2, start=APR22),
        snapshot_percent("up-to-date-plans", {**three(93.0, 91.7, 90.4), MAR22: 96.6},
                         lambda m: lac_count[m] - 40, 88, 98, 1.2),
        snapshot_percent("visits-in-time", {**three(96.6, 96.0, 96.4), MAR22: 96.8},
                         lambda m: lac_count[m], 93, 99, 0.8),
        ratio_percent("reviews-in-time", {OCT: (50, 58), NOV: (48, 54), DEC: (36, 37)},
                      {2021: 94.3, 2022: 92.2}, lambda m: rng.randint(45, 70), 84, 99, 0),
        ratio_percent("initial-health-assessments-in-time", {OCT: (3, 7), NOV: (11, 15), DEC: (4, 9)},
                      {2021: 68.5, 2022: 71.1}, lambda m: rng.randint(8, 16), 50, 90, 0),
        snapshot_percent("health-assessments-up-to-date", {**three(82.4, 77.9, 74.5), MAR22: 71.0},
                         lambda m: lac_count[m] - 30, 65, 88, 1.5),
        snapshot_percent("dental-checks-up-to-date", {**three(68.7, 62.9, 59.6), MAR22: 44.0},
                         lambda m: lac_count[m] - 30, 35, 75, 2),
        snapshot_count("known-to-youth-offending-team", {**three(8, 6, 7), APR22: 9}, 4, 12, 1, start=APR22),
        snapshot_count("education-health-care-plans", {**three(100, 101, 94), APR22: 96}, 88, 104, 2,
                       start=APR22),
        flow_count("missing-episodes", three(15, 10, 7), {2021: 64, 2022: 49}, 5, start=APR21),
        ceased,
        flow_count("sgo-cao-orders", three(4, 6, 4), {2021: 85, 2022: 59}, 7, start=APR21),
        sgo_ceased,
        ratio_percent("ceased-permanence", permanence_shown, {2021: 34.8, 2022: 27.5},
                      lambda m: ceased_count[m], 15, 45, 0),
        snapshot_percent("long-term-placement-stability", {**three(62.6, 63.8, 66.1), MAR22: 70.2},
                         lambda m: 190 + rng.randint(-5, 5), 60, 74, 1),
        rolling_percent("three-or-more-placements", {**three(9.9, 9.7, 9.2), MAR22: 9.3}, 46, 8, 12, 0.3),
        snapshot_percent("family-based-placements", {**three(76.4, 75.2, 77.0), MAR22: 79.4},
                         lambda m: lac_count[m], 74, 82, 0.8),
        snapshot_percent("placed-with-parents", {**three(4.3, 5.1, 5.1), MAR22: 4.6},
                         lambda m: lac_count[m], 3.5, 6, 0.3),
        snapshot_percent("kinship-care", {**three(9.4, 9.4, 8.9), MAR22: 10.5},
                         lambda m: lac_count[m], 8, 12, 0.4, start=APR21),
        flow_count("foster-placements-created", three(0, 0, 2), {2021: 13, 2022: 13}, 1.5, start=APR21),
        flow_count("adoptions-within-12-months", three(0, 0, 0), {2021: 4, 2022: 6}, 0.6),
        year_to_date_average("days-to-adoption-placement", {**three(534.0, 567.0, 552.0), MAR22: 418.9},
                             380, 560, 15),
        year_to_date_average("days-placement-order-to-match", {**three(180.8, 218.0, 210.0), MAR22: 292.2},
                             150, 320, 12),
        snapshot_count("care-leavers", {**three(314, 319, 322), MAR22: 292, (2020, 4): 270}, 260, 330, 3),
        snapshot_percent("pathway-plans-up-to-date", {**three(82.1, 79.9, 74.8), MAR22: 82.8},
                         lambda m: 300 + rng.randint(-20, 20), 72, 90, 1.5),
        snapshot_percent("care-leavers-suitable-accommodation", {**three(97.5, 97.8, 97.2), MAR22: 96.6},
                         lambda m: 230 + rng.randint(-10, 10), 94, 99, 0.6),
        snapshot_percent("care-leavers-in-education-employment-training", {**three(72.0, 73.7, 73.0), MAR22: 71.6},
                         lambda m: 230 + rng.randint(-10, 10), 64, 76, 1.2),
        snapshot_count("former-uasc-care-leavers", {**three(17, 17, 20), APR22: 14}, 12, 20, 1, start=APR22),
    ]


def extract_date(ym):
    """Extracts are taken on the first weekday after the 3rd of the following month."""
    y, m = (ym[0] + 1, 1) if ym[1] == 12 else (ym[0], ym[1] + 1)
    d = datetime.date(y, m, 4)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def provisional(row):
    """The figure as first recorded: now and then a late entry or two not yet on the system."""
    if rng.random() > 0.12 or row["numerator"] < 2:
        return row
    return {**row, "numerator": row["numerator"] - rng.randint(1, 2)}


def write(indicators, folder):
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith("-cyps-monthly.csv"):
            os.remove(os.path.join(folder, name))
    for i, month in enumerate(ALL):
        covered = ALL[max(0, i - 2):i + 1]
        path = os.path.join(folder, "%s-cyps-monthly.csv" % extract_date(month).isoformat())
        with open(path, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(["indicator", "period", "breakdown", "value", "numerator", "denominator"])
            for ind in indicators:
                for m in covered:
                    if m not in ind.rows:
                        continue
                    row = ind.rows[m]
                    final_run = min(ALL.index(m) + 2, len(ALL) - 1)
                    if i < final_run:
                        row = provisional(row)
                    out.writerow([ind.id, key(m), "", "", row["numerator"], row.get("denominator", "")])


if __name__ == "__main__":
    write(build(), "samples")
