"""Builds invented monthly extract figures that reproduce a published report's printed figures.

A pack's sample script says which figures the published report prints (its anchors); the
builders here fill the months around them with a seeded random walk and choose numerators and
denominators whose ratios print exactly as published. Same seed, same figures.
"""
import copy
import csv
import datetime
import itertools
import os
import random
from decimal import Decimal, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP


def key(ym):
    return "%04d-%02d" % ym


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


def numerator_for(target, den, scale=100, places=1):
    """The numerator over den whose ratio prints exactly as target (e.g. a year's outturn)."""
    n0 = int(rounded(Decimal(str(target)) * den / scale, 0))
    for num in (n0, n0 - 1, n0 + 1):
        if num >= 0 and shows(num, den, target, scale, places):
            return num
    raise ValueError("no numerator over %s prints as %s" % (den, target))


def denominator_for(target, num, scale=100, places=1):
    """The denominator nearest num / target whose ratio with num prints exactly as target."""
    d0 = int(rounded(Decimal(num) * scale / Decimal(str(target)), 0))
    for step in range(0, 200):
        for den in (d0 + step, d0 - step):
            if den >= max(num, 1) and shows(num, den, target, scale, places):
                return den
    raise ValueError("no denominator for %s prints as %s" % (num, target))


class Indicator:
    def __init__(self, ident, all_months, start=None, breakdown=""):
        self.id = ident
        self.breakdown = breakdown
        self.months = [m for m in all_months if start is None or m >= start]
        self.rows = {}  # month -> dict(value=..., numerator=..., denominator=...)
        self.final = False  # True: a published figure, never revised by late recording
        self.first_extract = {}  # month -> the first extract date that holds it (a lagged figure published late)
        self.draws_like = None  # an indicator this one replaced, whose late-entry draws are still made

    def count(self, m, n):
        self.rows[m] = {"numerator": n}

    def ratio(self, m, num, den):
        self.rows[m] = {"numerator": num, "denominator": den}

    def value(self, m, v):
        """A figure given as it is (a score, which may be negative): the extract's value column."""
        self.rows[m] = {"value": Decimal(str(v))}


class Samples:
    """The months a workspace's samples cover, and the builders for one pack's indicators."""

    def __init__(self, seed, first, last, published):
        """published: the month of the report the year totals given to the builders describe."""
        self.rng = random.Random(seed)
        self.first, self.last, self.published = first, last, published
        self.all = self.months(first, last)

    def months(self, first, last):
        y, m = first
        out = []
        while (y, m) <= last:
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def year_months(self, start_year):
        """The months of the financial year that starts in April of start_year, up to self.last."""
        return [ym for ym in self.months((start_year, 4), (start_year + 1, 3)) if ym <= self.last]

    def published_months(self, start_year):
        """The months of a financial year the published year-to-date figures cover."""
        return [ym for ym in self.year_months(start_year) if ym <= self.published]

    def walk(self, anchors, lo, hi, spread, integer=False):
        """A value for every month, equal to the anchors where given, wandering between them."""
        anchored = sorted((self.all.index(m), v) for m, v in anchors.items())
        values = {}
        for i, m in enumerate(self.all):
            before = [a for a in anchored if a[0] <= i]
            after = [a for a in anchored if a[0] >= i]
            if before and after:
                (i0, v0), (i1, v1) = before[-1], after[0]
                base = v0 if i1 == i0 else v0 + (v1 - v0) * (i - i0) / (i1 - i0)
            else:
                base = (before or after)[-1 if before else 0][1]
            value = base if m in anchors else min(hi, max(lo, base + self.rng.uniform(-spread, spread)))
            values[m] = int(round(value)) if integer else value
        return values

    def distribute(self, total, slots, weights=None):
        """Splits a whole-number total over slots, roughly by weight, every share >= 0."""
        if not slots:
            if total != 0:
                raise ValueError("nothing to carry %s" % total)
            return {}
        weights = weights or {s: self.rng.uniform(0.6, 1.4) for s in slots}
        whole = sum(weights[s] for s in slots)
        shares = {s: int(total * weights[s] / whole) for s in slots}
        rest = total - sum(shares.values())
        for s in sorted(slots, key=lambda s: -weights[s])[:rest]:
            shares[s] += 1
        return shares

    def snapshot_count(self, ident, anchors, lo, hi, spread, start=None):
        ind = Indicator(ident, self.all, start)
        values = self.walk({k: v for k, v in anchors.items()}, lo, hi, spread, integer=True)
        for m in ind.months:
            ind.count(m, values[m])
        return ind

    def flow_count(self, ident, shown, totals, typical, start=None, year_months=None, breakdown=""):
        """Monthly counts; shown months fixed; each year in totals (a financial year unless
        year_months says which months a year holds) sums to its total."""
        year_months = year_months or self.published_months
        ind = Indicator(ident, self.all, start, breakdown)
        counts = {m: max(0, int(round(self.rng.gauss(typical, typical * 0.3)))) for m in ind.months}
        counts.update(shown)
        for start_year, total in totals.items():
            ms = [m for m in year_months(start_year) if m in counts]
            free = [m for m in ms if m not in shown]
            counts.update(self.distribute(total - sum(shown.get(m, 0) for m in ms), free))
        for m in ind.months:
            ind.count(m, counts[m])
        return ind

    def snapshot_percent(self, ident, anchors, den_of, lo, hi, spread, start=None):
        """A percentage at each month end; anchors print exactly as published."""
        ind = Indicator(ident, self.all, start)
        pct = self.walk(anchors, lo, hi, spread)
        for m in ind.months:
            den = den_of(m)
            if m in anchors:
                num, den = fit(anchors[m], den)
            else:
                num = min(den, int(round(pct[m] * den / 100)))
            ind.ratio(m, num, den)
        return ind

    def ratio_percent(self, ident, shown, year_targets, den_of, lo, hi, spread, start=None):
        """A percentage of a flow: shown months as (num, den); each year's Σnum/Σden prints as its target."""
        ind = Indicator(ident, self.all, start)
        dens = {m: den_of(m) for m in ind.months}
        nums = {}
        for m in ind.months:
            if m in shown:
                nums[m], dens[m] = shown[m]
            else:
                nums[m] = min(dens[m], int(round(self.rng.uniform(lo, hi) * dens[m] / 100)))
        for start_year, target in year_targets.items():
            ms = [m for m in self.published_months(start_year) if m in dens]
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
            shares = self.distribute(hit[0] - fixed_num, free, {m: dens[m] for m in free})
            for m in free:
                if shares[m] > dens[m]:
                    raise ValueError("%s: %s of %s in %s" % (ident, shares[m], dens[m], key(m)))
                nums[m] = shares[m]
        for m in ind.months:
            ind.ratio(m, nums[m], dens[m])
        return ind

    def rolling_percent(self, ident, anchors, den_typical, lo, hi, spread):
        """Monthly num/den whose 12-month windows print as the anchors (Σnum/Σden x 100)."""
        ind = Indicator(ident, self.all)
        path = self.walk(anchors, lo, hi, spread)
        nums, dens = {}, {}
        for i, m in enumerate(ind.months):
            if i < 12:
                dens[m] = den_typical + self.rng.randint(-4, 4)
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

    def year_to_date_average(self, ident, anchors, lo, hi, spread):
        """Monthly (total days, cases) whose running averages since April print as the anchors."""
        ind = Indicator(ident, self.all)
        path = self.walk(anchors, lo, hi, spread)
        totals, cases = {}, {}
        for start_year in range(self.first[0], self.last[0] + 1):
            running_total, running_cases = 0, 0
            for m in self.year_months(start_year):
                for extra in range(0, 12):
                    c = self.rng.randint(1, 3) + extra
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

    # Builders added for the Early Help pack (the ones above are unchanged).

    def view(self, keep):
        """These samples on the months keep(month) accepts only, sharing the random stream: the
        builders then give one figure per kept month (quarterly or annual figures, which sit on
        the month their period ends)."""
        v = copy.copy(self)
        v.all = [m for m in self.all if keep(m)]
        return v

    def quarterly(self):
        """A view on quarter-end months (June, September, December, March)."""
        return self.view(lambda m: m[1] % 3 == 0)

    def annual(self):
        """A view on financial year-end months (March)."""
        return self.view(lambda m: m[1] == 3)

    def distribute_within(self, total, slots, caps, weights=None):
        """Splits a whole-number total over slots, roughly by weight, every share from 0 to its cap."""
        if total < 0 or total > sum(caps[s] for s in slots):
            raise ValueError("cannot fit %s into %s" % (total, {key(s): caps[s] for s in slots}))
        shares = self.distribute(total, slots, weights)
        for s in slots:
            extra = max(0, shares[s] - caps[s])
            shares[s] -= extra
            for t in sorted(slots, key=lambda t: shares[t] - caps[t]):
                give = min(extra, caps[t] - shares[t])
                shares[t] += give
                extra -= give
        return shares

    def share_of(self, ident, whole, shown, totals, lo, hi, start=None):
        """Monthly counts that are part of another count (contacts in time of contacts due): each
        month about lo-hi% of the whole and never above it; shown months fixed; each financial
        year in totals sums to its total."""
        ind = Indicator(ident, [m for m in self.all if m in whole.rows], start)
        bound = {m: whole.rows[m]["numerator"] for m in ind.months}
        counts = {m: min(bound[m], int(round(bound[m] * self.rng.uniform(lo, hi) / 100))) for m in ind.months}
        for m, n in shown.items():
            if n > bound[m]:
                raise ValueError("%s: %s is more than the whole %s in %s" % (ident, n, bound[m], key(m)))
        counts.update(shown)
        for start_year, total in totals.items():
            ms = [m for m in self.published_months(start_year) if m in counts]
            free = [m for m in ms if m not in shown]
            counts.update(self.distribute_within(total - sum(shown.get(m, 0) for m in ms), free,
                                                 {m: bound[m] for m in free},
                                                 {m: bound[m] * (lo + hi) / 200 + 0.01 for m in free}))
        for m in ind.months:
            ind.count(m, counts[m])
        return ind

    def remainder(self, ident, whole, part):
        """The rest of a whole once a part is taken (step downs via locality = all - via duty)."""
        ind = Indicator(ident, [m for m in self.all if m in whole.rows and m in part.rows])
        for m in ind.months:
            ind.count(m, whole.rows[m]["numerator"] - part.rows[m]["numerator"])
        return ind

    def denominators_for(self, ident, part, shown, totals, typical, spread, start=None):
        """Monthly counts a part is counted among (the cases re-referrals are a share of): at
        least the part each month, about typical otherwise; shown months fixed; each financial
        year in totals sums to its total."""
        ind = Indicator(ident, [m for m in self.all if m in part.rows], start)
        nums = {m: part.rows[m]["numerator"] for m in ind.months}
        dens = {m: max(nums[m], typical + self.rng.randint(-spread, spread)) for m in ind.months}
        dens.update(shown)
        for start_year, total in totals.items():
            ms = [m for m in self.published_months(start_year) if m in dens]
            free = [m for m in ms if m not in shown]
            extra = total - sum(shown.get(m, 0) for m in ms) - sum(nums[m] for m in free)
            if extra < 0:
                raise ValueError("%s: %s in %s/%s is less than its parts" % (ident, total, start_year, start_year + 1))
            shares = self.distribute(extra, free, {m: max(1, dens[m] - nums[m]) for m in free})
            dens.update({m: nums[m] + shares[m] for m in free})
        for m in ind.months:
            ind.count(m, dens[m])
        return ind

    def percent_of(self, ident, part, whole, breakdown=""):
        """A percentage whose numerator and denominator are two count series built already."""
        ind = Indicator(ident, [m for m in self.all if m in part.rows and m in whole.rows], breakdown=breakdown)
        for m in ind.months:
            num, den = part.rows[m]["numerator"], whole.rows[m]["numerator"]
            if num > den:
                raise ValueError("%s: %s of %s in %s" % (ident, num, den, key(m)))
            ind.ratio(m, num, den)
        return ind

    def running_total(self, ident, year_ends, typical_end, start=None):
        """A count that runs up from April to each financial year's end figure (families engaged
        so far this year); year_ends fixes chosen years' end figures."""
        ind = Indicator(ident, self.all, start)
        for start_year in range(self.first[0] - 1, self.last[0] + 1):
            ms = [m for m in self.year_months(start_year) if m in ind.months]
            if not ms:
                continue
            end = year_ends.get(start_year, int(round(typical_end * self.rng.uniform(0.9, 1.1))))
            steps = self.distribute(end, ms)
            total = 0
            for m in ms:
                total += steps[m]
                ind.count(m, total)
        return ind

    def snapshot_number(self, ident, anchors, lo, hi, spread, places, start=None):
        """A figure given as it is (a published rate), to places decimals; anchors exactly."""
        ind = Indicator(ident, self.all, start)
        values = self.walk(anchors, lo, hi, spread)
        for m in ind.months:
            ind.count(m, Decimal(str(anchors[m])) if m in anchors else rounded(values[m], places))
        return ind

    def rolling_count(self, ident, anchors, typical, window=12, start=None):
        """Counts per period (a month, or a quarter in a quarterly view) whose sums over the last
        window periods equal the anchors (first time entrants in the 12 months to a quarter)."""
        ind = Indicator(ident, self.all, start)
        ms = ind.months
        counts = {m: max(0, int(round(self.rng.gauss(typical, typical * 0.3)))) for m in ms}
        fixed = set()
        for m in sorted(anchors):
            i = ms.index(m)
            if i < window - 1:
                raise ValueError("%s: the window to %s starts before the samples" % (ident, key(m)))
            win = ms[i - window + 1:i + 1]
            free = [x for x in win if x not in fixed]
            rest = anchors[m] - sum(counts[x] for x in win if x in fixed)
            if rest < 0:
                raise ValueError("%s: no counts give %s in %s" % (ident, anchors[m], key(m)))
            counts.update(self.distribute(rest, free))
            fixed.update(win)
        for m in ms:
            ind.count(m, counts[m])
        return ind

    def rolling_ratio(self, ident, anchors, den_typical, lo, hi, window=12, start=None):
        """Per-period (num, den), e.g. quarterly cohorts, whose Σnum/Σden over the last window
        periods prints as the anchors (x 100)."""
        ind = Indicator(ident, self.all, start)
        ms = ind.months
        dens = {m: den_typical + self.rng.randint(-4, 4) for m in ms}
        nums = {m: int(round(self.rng.uniform(lo, hi) * dens[m] / 100)) for m in ms}
        fixed = set()
        for m in sorted(anchors):
            i = ms.index(m)
            if i < window - 1:
                raise ValueError("%s: the window to %s starts before the samples" % (ident, key(m)))
            win = ms[i - window + 1:i + 1]
            free = [x for x in win if x not in fixed]
            for attempt in range(100):
                total_den = sum(dens[x] for x in win)
                n0 = int(rounded(Decimal(str(anchors[m])) * total_den / 100, 0))
                hit = [n for n in (n0, n0 - 1, n0 + 1) if shows(n, total_den, anchors[m])]
                if hit:
                    break
                dens[free[attempt % len(free)]] += 1
            else:
                raise ValueError("%s: no cohorts give %s in %s" % (ident, anchors[m], key(m)))
            rest = hit[0] - sum(nums[x] for x in win if x in fixed)
            nums.update(self.distribute_within(rest, free, {x: dens[x] for x in free}))
            fixed.update(win)
        for m in ms:
            ind.ratio(m, nums[m], dens[m])
        return ind

    def late_entries(self, row):
        """How many of a figure's entries were recorded late: (missing from its first run, still
        missing from its second). Only sizeable figures are revised, and only upward."""
        if row["numerator"] < 10 or self.rng.random() > 0.15:
            return 0, 0
        first = self.rng.randint(1, 3)
        return first, self.rng.randint(0, first - 1)

    def write(self, indicators, folder, source):
        """One extract per month-end, named YYYY-MM-DD-<source>.csv: the month just ended and
        re-runs of the two before it, whose figures may since have been revised; the figures of the
        published report's extract (the one taken after its month) are final, so that the report
        can be reproduced from the extracts as they stood when it was issued (--as-of). A figure may be a
        value (a score such as -1.21, written in the value column and never revised) instead of a
        numerator and denominator."""
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.endswith("-%s.csv" % source):
                os.remove(os.path.join(folder, name))
        late = {}
        issued = self.all.index(self.published)
        for i, month in enumerate(self.all):
            covered = self.all[max(0, i - 2):i + 1]
            path = os.path.join(folder, "%s-%s.csv" % (extract_date(month).isoformat(), source))
            with open(path, "w", newline="", encoding="utf-8") as f:
                out = csv.writer(f, lineterminator="\n")
                out.writerow(["indicator", "period", "breakdown", "value", "numerator", "denominator"])
                for ind in indicators:
                    if ind.draws_like is not None:
                        self._draw_late_entries(ind.draws_like, covered, i, late)
                    for m in covered:
                        if m not in ind.rows or extract_date(month) < ind.first_extract.get(m, extract_date(m)):
                            continue
                        row = ind.rows[m]
                        if "value" in row:
                            out.writerow([ind.id, key(m), ind.breakdown, row["value"], "", ""])
                            continue
                        run = i - self.all.index(m)
                        if run < 2 and i < len(self.all) - 1 and not ind.final:
                            missing = late.setdefault((ind.id, ind.breakdown, m), self.late_entries(row))[run]
                            if m <= self.published and i >= issued:
                                # The published report was made from this extract: what it printed was
                                # known then, so its months are final from this extract on.
                                missing = 0
                            row = {**row, "numerator": row["numerator"] - missing}
                        out.writerow([ind.id, key(m), ind.breakdown, "", row["numerator"],
                                      row.get("denominator", "")])

    def _draw_late_entries(self, ind, covered, i, late):
        """Makes the random draws write() made for an indicator since replaced by given values, so that
        the late entries of every other figure stay as they were."""
        for m in covered:
            row = ind.rows.get(m)
            if row is None or "value" in row:
                continue
            run = i - self.all.index(m)
            if run < 2 and i < len(self.all) - 1 and not ind.final:
                late.setdefault((ind.id + "#replaced", ind.breakdown, m), self.late_entries(row))

    # Builders added for the Members pack (the ones above are unchanged). The later_* builders give a
    # pack's figures for months after the month its own published report describes (figures another,
    # later report prints): they change only those months, never a published one, and draw no random
    # numbers, so every other figure of the pack stays exactly as it was.

    def spread_within(self, total, slots, caps, weights):
        """Splits a whole-number total over slots roughly by weight, every share from 0 to its cap
        (filling up the others when one is full); draws no random numbers."""
        if total < 0 or total > sum(caps[s] for s in slots):
            raise ValueError("cannot fit %s into %s" % (total, {key(s): caps[s] for s in slots}))
        shares = {s: 0 for s in slots}
        rest = total
        while rest > 0:
            room = [s for s in slots if shares[s] < caps[s]]
            whole = sum(max(weights[s], 1e-9) for s in room)
            given = 0
            for s in room:
                give = min(caps[s] - shares[s], int(rest * max(weights[s], 1e-9) / whole))
                shares[s] += give
                given += give
            if given == 0:
                for s in sorted(room, key=lambda s: -weights[s])[:rest]:
                    shares[s] += 1
                    given += 1
            rest -= given
        return shares

    def later_counts(self, ind, anchors):
        """Counts (or snapshot positions) of months after the published one, as given."""
        _later_months(self, anchors)
        for m, n in anchors.items():
            ind.count(m, n)
        return ind

    def later_percent(self, ind, anchors):
        """Snapshot percentages of months after the published one, printed exactly as given, over a
        denominator near the one the month had."""
        _later_months(self, anchors)
        for m, pct in anchors.items():
            num, den = fit(pct, ind.rows[m]["denominator"])
            ind.ratio(m, num, den)
        return ind

    def later_number(self, ind, anchors):
        """Figures given as they are (a published rate) for months after the published one."""
        _later_months(self, anchors)
        for m, v in anchors.items():
            ind.count(m, Decimal(str(v)))
        return ind

    def later_flow(self, ind, shown, totals):
        """Monthly counts after the published month: shown months as given, and each financial year in
        totals summing to its total (its other later months scaled to fit; published months kept)."""
        _later_months(self, shown)
        for m, n in shown.items():
            ind.count(m, n)
        for start_year, total in totals.items():
            free, rest = _year_rest(self, ind, start_year, shown, total)
            if rest < 0:
                raise ValueError("%s: %s in %s/%s is less than the months given" % (ind.id, total, start_year,
                                                                                  start_year + 1))
            shares = self.distribute(rest, free, {m: max(0.5, ind.rows[m]["numerator"]) for m in free})
            for m in free:
                ind.count(m, shares[m])
        return ind

    def later_share(self, ind, whole, shown, totals):
        """As later_flow for a count that is part of another (contacts in time of contacts due): never
        above the whole in any month."""
        _later_months(self, shown)
        bound = {m: whole.rows[m]["numerator"] for m in ind.rows if m in whole.rows}
        for m, n in shown.items():
            if n > bound[m]:
                raise ValueError("%s: %s is more than the whole %s in %s" % (ind.id, n, bound[m], key(m)))
            ind.count(m, n)
        for m in ind.rows:
            if m > self.published and m not in shown:
                ind.count(m, min(ind.rows[m]["numerator"], bound[m]))
        for start_year, total in totals.items():
            free, rest = _year_rest(self, ind, start_year, shown, total)
            shares = self.spread_within(rest, free, {m: bound[m] for m in free},
                                            {m: ind.rows[m]["numerator"] + 0.01 for m in free})
            for m in free:
                ind.count(m, shares[m])
        return ind

    def later_at_least(self, ind, part, shown, totals):
        """As later_flow for a count that is at least another every month (children of the families
        counted)."""
        _later_months(self, shown)
        floor = {m: part.rows[m]["numerator"] for m in ind.rows if m in part.rows}
        for m, n in shown.items():
            if n < floor[m]:
                raise ValueError("%s: %s is less than its part %s in %s" % (ind.id, n, floor[m], key(m)))
            ind.count(m, n)
        for start_year, total in totals.items():
            free, rest = _year_rest(self, ind, start_year, shown, total)
            extra = rest - sum(floor[m] for m in free)
            if extra < 0:
                raise ValueError("%s: %s in %s/%s is less than its parts"
                                 % (ind.id, total, start_year, start_year + 1))
            shares = self.distribute(extra, free, {m: max(1, ind.rows[m]["numerator"] - floor[m]) for m in free})
            for m in free:
                ind.count(m, floor[m] + shares[m])
        return ind

    def later_ratio(self, ind, shown, start_year, target, dens):
        """Percentages of a flow after the published month: each shown month prints its percentage
        over a denominator from dens (the nearest to the month's own that works), and the financial
        year's Σnumerator / Σdenominator prints target; published months are kept."""
        _later_months(self, shown)
        ms = [m for m in self.year_months(start_year) if m in ind.rows]
        kept = [m for m in ms if m not in shown]
        n0 = sum(ind.rows[m]["numerator"] for m in kept)
        d0 = sum(ind.rows[m]["denominator"] for m in kept)
        months = sorted(shown)
        options = []
        for m in months:
            own = ind.rows[m]["denominator"]
            opts = [(n, d) for d in sorted(dens, key=lambda d: (abs(d - own), d))
                    if (n := _printing(shown[m], d)) is not None]
            options.append(opts[:25])
        best = None
        for combo in itertools.product(*options):
            num = n0 + sum(n for n, _ in combo)
            den = d0 + sum(d for _, d in combo)
            if shows(num, den, target):
                cost = sum(abs(d - ind.rows[m]["denominator"]) for m, (_, d) in zip(months, combo))
                if best is None or cost < best[0]:
                    best = (cost, combo)
        if best is None:
            raise ValueError("%s: no months print %s with a year of %s" % (ind.id, shown, target))
        for m, (n, d) in zip(months, best[1]):
            ind.ratio(m, n, d)
        return ind

    def later_rolling_percent(self, ind, anchors, dens):
        """Months after the published one whose 12-month windows (Σnum/Σden) print as the anchors,
        each month's denominator from dens (the nearest to its own that works)."""
        _later_months(self, anchors)
        for m in sorted(anchors):
            i = ind.months.index(m)
            window = ind.months[i - 11:i]
            carried_num = sum(ind.rows[x]["numerator"] for x in window)
            carried_den = sum(ind.rows[x]["denominator"] for x in window)
            own = ind.rows[m]["denominator"]
            for d in sorted(dens, key=lambda d: (abs(d - own), d)):
                fits = [n for n in range(0, d + 1) if shows(carried_num + n, carried_den + d, anchors[m])]
                if fits:
                    ind.ratio(m, fits[len(fits) // 2], d)
                    break
            else:
                raise ValueError("%s: no monthly figure gives %s in %s" % (ind.id, anchors[m], key(m)))
        return ind

    def later_year_to_date_average(self, ind, anchors):
        """Months after the published one whose running averages since April (Σtotal / Σcases) print
        as the anchors; each month has at least one case of 30 days or more."""
        _later_months(self, anchors)
        for m in sorted(anchors):
            start_year = m[0] if m[1] >= 4 else m[0] - 1
            before = [x for x in self.year_months(start_year) if x < m]
            total = sum(ind.rows[x]["numerator"] for x in before)
            cases = sum(ind.rows[x]["denominator"] for x in before)
            own = ind.rows[m]["denominator"]
            for c in sorted(range(1, 16), key=lambda c: (abs(c - own), c)):
                n0 = int(rounded(Decimal(str(anchors[m])) * (cases + c), 0))
                fits = [n for n in (n0, n0 - 1, n0 + 1)
                        if shows(n, cases + c, anchors[m], scale=1) and n - total >= 30 * c]
                if fits:
                    ind.ratio(m, fits[0] - total, c)
                    break
            else:
                raise ValueError("%s: no monthly figure gives %s in %s" % (ind.id, anchors[m], key(m)))
        return ind

    def later_parts(self, parts, anchors):
        """Two percentages of one cohort and their sum (not known, NEET, both) for months after the
        published one, each printing as its anchor (x, y, x + y); the cohort near the month's own."""
        _later_months(self, anchors)
        a_ind, b_ind, sum_ind = parts
        for m, (x, y, z) in anchors.items():
            den = a_ind.rows[m]["denominator"]
            for d in range(den, den + 400):
                pairs = [(a, b) for a in range(int(x * d / 100) - 1, int(x * d / 100) + 3)
                         for b in range(int(y * d / 100) - 1, int(y * d / 100) + 3)
                         if a >= 0 and b >= 0 and shows(a, d, x) and shows(b, d, y) and shows(a + b, d, z)]
                if pairs:
                    a, b = pairs[0]
                    break
            else:
                raise ValueError("%s: no cohort gives %s in %s" % (a_ind.id, (x, y, z), key(m)))
            a_ind.ratio(m, a, d)
            b_ind.ratio(m, b, d)
            sum_ind.ratio(m, a + b, d)
        return parts

    def later_rolling_count(self, ind, anchors, window=12):
        """Counts per period after the published one whose sums over the last window periods equal
        the anchors (custody in the four quarters to March)."""
        _later_months(self, anchors)
        done = set()
        for m in sorted(anchors):
            i = ind.months.index(m)
            win = ind.months[i - window + 1:i + 1]
            free = [x for x in win if x > self.published and x not in done]
            rest = anchors[m] - sum(ind.rows[x]["numerator"] for x in win if x not in free)
            if rest < 0:
                raise ValueError("%s: no counts give %s in %s" % (ind.id, anchors[m], key(m)))
            shares = self.distribute(rest, free, {x: ind.rows[x]["numerator"] + 0.5 for x in free})
            for x in free:
                ind.count(x, shares[x])
            done.update(win)
        return ind

    def later_rolling_ratio(self, ind, anchors, window=12):
        """Per-period (num, den) after the published one whose Σnum/Σden over the last window periods
        prints as the anchors (re-offenders of the four quarterly cohorts)."""
        _later_months(self, anchors)
        done = set()
        for m in sorted(anchors):
            i = ind.months.index(m)
            win = ind.months[i - window + 1:i + 1]
            free = [x for x in win if x > self.published and x not in done]
            dens = {x: ind.rows[x]["denominator"] for x in win}
            for attempt in range(100):
                total_den = sum(dens.values())
                n0 = int(rounded(Decimal(str(anchors[m])) * total_den / 100, 0))
                hit = [n for n in (n0, n0 - 1, n0 + 1) if shows(n, total_den, anchors[m])]
                if hit:
                    break
                dens[free[attempt % len(free)]] += 1
            else:
                raise ValueError("%s: no cohorts give %s in %s" % (ind.id, anchors[m], key(m)))
            rest = hit[0] - sum(ind.rows[x]["numerator"] for x in win if x not in free)
            shares = self.spread_within(rest, free, {x: dens[x] for x in free},
                                            {x: ind.rows[x]["numerator"] + 0.5 for x in free})
            for x in free:
                ind.ratio(x, shares[x], dens[x])
            done.update(win)
        return ind

    def terms(self):
        """A view on the months school terms end (December, March, July)."""
        return self.view(lambda m: m[1] in (12, 3, 7))

    def academic_year_ends(self):
        """A view on academic year-end months (August)."""
        return self.view(lambda m: m[1] == 8)

    def academic_year_months(self, start_year):
        """The months of the academic year that starts in September of start_year (in this view)."""
        return [m for m in self.all if (start_year, 9) <= m <= (start_year + 1, 8)]

    def academic_flow_count(self, ident, shown, totals, typical, start=None, breakdown=""):
        """Counts per period (a term in a terms view); shown periods fixed; each academic year in
        totals sums to its total."""
        return self.flow_count(ident, shown, totals, typical, start, self.academic_year_months, breakdown)

    def academic_ratio(self, ident, shown, year_targets, den_of, lo, hi, start=None, breakdown=""):
        """A percentage of a flow per period (attendance: sessions attended of possible sessions per
        term): shown periods print their percentage; each academic year's Σnum/Σden prints its target,
        by its other periods or, when every period is shown, by the numerators that still print."""
        ind = Indicator(ident, self.all, start, breakdown)
        dens = {m: den_of(m) for m in ind.months}
        nums = {}
        for m in ind.months:
            if m in shown:
                nums[m], dens[m] = fit(shown[m], dens[m])
            else:
                nums[m] = min(dens[m], int(round(self.rng.uniform(lo, hi) * dens[m] / 100)))
        for start_year, target in year_targets.items():
            ms = [m for m in self.academic_year_months(start_year) if m in dens]
            free = [m for m in ms if m not in shown]
            if not free:
                for m, n in zip(ms, fit_together([(shown[m], dens[m]) for m in ms], target)):
                    nums[m] = n
                continue
            total_den = sum(dens[m] for m in ms)
            n0 = int(rounded(Decimal(str(target)) * total_den / 100, 0))
            want = next(n for n in (n0, n0 - 1, n0 + 1) if shows(n, total_den, target))
            shares = self.spread_within(want - sum(nums[m] for m in ms if m in shown), free,
                                            {m: dens[m] for m in free}, {m: dens[m] for m in free})
            nums.update(shares)
        for m in ind.months:
            ind.ratio(m, nums[m], dens[m])
        return ind

    def snapshot_average(self, ident, anchors, den_of, lo, hi, spread, start=None):
        """An average at each month end (caseload: cases / social workers); anchors print exactly."""
        ind = Indicator(ident, self.all, start)
        path = self.walk(anchors, lo, hi, spread)
        for m in ind.months:
            den = den_of(m)
            if m in anchors:
                num, den = fit(anchors[m], den, scale=1)
            else:
                num = int(round(path[m] * den))
            ind.ratio(m, num, den)
        return ind

    def count_between(self, ident, floor, ceiling, shown, totals, lo, hi, start=None):
        """Monthly counts between two others (contacts about children identified as early help: at
        least the families counted, at most the contacts not identified as social care): each month
        about lo-hi% of the way from floor to ceiling; shown months fixed; each financial year in
        totals sums to its total."""
        ind = Indicator(ident, [m for m in self.all if m in floor.rows and m in ceiling.rows], start)
        low = {m: floor.rows[m]["numerator"] for m in ind.months}
        gap = {m: ceiling.rows[m]["numerator"] - low[m] for m in ind.months}
        if any(g < 0 for g in gap.values()):
            raise ValueError("%s: the floor is above the ceiling in %s"
                             % (ident, [key(m) for m in gap if gap[m] < 0]))
        counts = {m: low[m] + int(round(gap[m] * self.rng.uniform(lo, hi) / 100)) for m in ind.months}
        for m, n in shown.items():
            if not low[m] <= n <= low[m] + gap[m]:
                raise ValueError("%s: %s is outside %s-%s in %s" % (ident, n, low[m], low[m] + gap[m], key(m)))
        counts.update(shown)
        for start_year, total in totals.items():
            ms = [m for m in self.published_months(start_year) if m in counts]
            free = [m for m in ms if m not in shown]
            rest = total - sum(shown.get(m, 0) for m in ms) - sum(low[m] for m in free)
            shares = self.spread_within(rest, free, {m: gap[m] for m in free},
                                            {m: counts[m] - low[m] + 0.01 for m in free})
            counts.update({m: low[m] + shares[m] for m in free})
        for m in ind.months:
            ind.count(m, counts[m])
        return ind


def extract_date(ym):
    """Extracts are taken on the first weekday after the 3rd of the following month."""
    y, m = (ym[0] + 1, 1) if ym[1] == 12 else (ym[0], ym[1] + 1)
    d = datetime.date(y, m, 4)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def _printing_numerators(pct, den, scale=100, places=1):
    """Every numerator over den whose ratio prints as pct (all session counts that print 93.2%)."""
    half = Decimal(5).scaleb(-places - 1)
    lo = int(((Decimal(str(pct)) - half) * den / scale).to_integral_value(rounding=ROUND_FLOOR))
    hi = int(((Decimal(str(pct)) + half) * den / scale).to_integral_value(rounding=ROUND_CEILING))
    return [n for n in range(max(0, lo - 1), hi + 2)
            if (scale != 100 or n <= den) and shows(n, den, pct, scale, places)]


def fit_together(pairs, target, scale=100, places=1):
    """Numerators for several (pct, den) periods: each prints its pct, and together (Σnum/Σden)
    they print target (two terms that print 93.2% and 94.0% and a year to date of 93.5%)."""
    ranges = [_printing_numerators(p, d, scale, places) for p, d in pairs]
    if any(not r for r in ranges):
        raise ValueError("no numerator prints %s" % ([p for (p, d), r in zip(pairs, ranges) if not r],))
    total_den = sum(d for _, d in pairs)
    lo, hi = sum(r[0] for r in ranges), sum(r[-1] for r in ranges)
    wanted = [n for n in range(lo, hi + 1) if shows(n, total_den, target, scale, places)]
    if not wanted:
        raise ValueError("%s cannot print %s together" % (pairs, target))
    total = wanted[len(wanted) // 2]
    nums = [r[0] for r in ranges]
    rest = total - sum(nums)
    for i, r in enumerate(ranges):
        give = min(rest, r[-1] - r[0])
        nums[i] += give
        rest -= give
    return nums


def unpublished(ind, *months):
    """Drops the figures of months not yet published when the last extract was taken (a lagged
    measure whose figure for the quarter comes out later): no extract holds them."""
    for m in months:
        ind.rows.pop(m, None)
    return ind


def _later_months(s, months):
    """Refuses months up to the published one: the published report's figures must not move."""
    early = sorted(m for m in months if m <= s.published)
    if early:
        raise ValueError("%s are not after the published month %s" % ([key(m) for m in early], key(s.published)))


def _year_rest(s, ind, start_year, shown, total):
    """The months of a financial year a year total still has to be spread over, and how much."""
    ms = [m for m in s.year_months(start_year) if m in ind.rows]
    free = [m for m in ms if m > s.published and m not in shown]
    fixed = sum(ind.rows[m]["numerator"] for m in ms if m <= s.published)
    return free, total - fixed - sum(n for m, n in shown.items() if m in ms)


def _printing(pct, den, scale=100, places=1):
    """The numerator over den that prints as pct, or None."""
    n0 = int(rounded(Decimal(str(pct)) * den / scale, 0))
    return next((n for n in (n0, n0 - 1, n0 + 1) if 0 <= n <= den and shows(n, den, pct, scale, places)), None)
