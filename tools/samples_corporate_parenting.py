"""The Corporate Parenting indicators' sample figures (4.1-4.31).

Built so that the December 2022 pack reproduces every figure the council published (seed 001):
the three month columns, the 2022/23 year to date and the 2021/22 outturn of each indicator.
The Members report of March 2023 (seed 000) prints many of these indicators again: their
January-March 2023 figures and 2022/23 outturns are anchored too (later(...), after the published
month only, so no published figure moves). Other months are a seeded random walk between anchors.
"""
from samplegen import Indicator, Samples

SOURCE = "cyps-monthly"


def samples():
    return Samples(seed=20230105, first=(2020, 4), last=(2023, 3), published=(2022, 12))


OCT, NOV, DEC, MAR22 = (2022, 10), (2022, 11), (2022, 12), (2022, 3)
APR21, APR22 = (2021, 4), (2022, 4)
JAN23, FEB23, MAR23 = (2023, 1), (2023, 2), (2023, 3)


def three(a, b, c):
    return {OCT: a, NOV: b, DEC: c}


def later(a, b, c):
    """January-March 2023, as the Members report of March 2023 prints them (its refs in comments)."""
    return {JAN23: a, FEB23: b, MAR23: c}


def build(s):
    lac = s.snapshot_count("looked-after-children", {**three(555, 565, 551), MAR22: 562, (2020, 4): 585},
                         530, 600, 6)
    s.later_counts(lac, later(546, 555, 545))  # A.12 (and B.8's rate: samples/README.md, "Members")
    lac_count = {m: lac.rows[m]["numerator"] for m in s.all}
    rate = Indicator("looked-after-children-rate", s.all)
    for m in s.all:
        rate.count(m, lac_count[m])
    ceased = s.flow_count("ceased-looked-after", three(10, 14, 23), {2021: 212, 2022: 153}, 17)
    ceased_count = {m: ceased.rows[m]["numerator"] for m in s.all}
    sgo_ceased = s.flow_count("ceased-sgo-cao", three(3, 6, 2), {2021: 42, 2022: 25}, 3, start=APR21)
    permanence_shown = {OCT: (5, 10), NOV: (8, 14), DEC: (2, 23)}
    indicators = [
        lac,
        rate,
        s.flow_count("admissions", three(23, 24, 10), {2021: 175, 2022: 147}, 15),
        s.snapshot_count("uasc-looked-after", {**three(37, 42, 42), APR22: 30}, 25, 45, 2, start=APR22),
        s.snapshot_percent("up-to-date-plans", {**three(93.0, 91.7, 90.4), MAR22: 96.6},
                         lambda m: lac_count[m] - 40, 88, 98, 1.2),
        s.snapshot_percent("visits-in-time", {**three(96.6, 96.0, 96.4), MAR22: 96.8},
                         lambda m: lac_count[m], 93, 99, 0.8),
        s.ratio_percent("reviews-in-time", {OCT: (50, 58), NOV: (48, 54), DEC: (36, 37)},
                      {2021: 94.3, 2022: 92.2}, lambda m: s.rng.randint(45, 70), 84, 99, 0),
        s.ratio_percent("initial-health-assessments-in-time", {OCT: (3, 7), NOV: (11, 15), DEC: (4, 9)},
                      {2021: 68.5, 2022: 71.1}, lambda m: s.rng.randint(8, 16), 50, 90, 0),
        s.snapshot_percent("health-assessments-up-to-date", {**three(82.4, 77.9, 74.5), MAR22: 71.0},
                         lambda m: lac_count[m] - 30, 65, 88, 1.5),
        s.snapshot_percent("dental-checks-up-to-date", {**three(68.7, 62.9, 59.6), MAR22: 44.0},
                         lambda m: lac_count[m] - 30, 35, 75, 2),
        s.snapshot_count("known-to-youth-offending-team", {**three(8, 6, 7), APR22: 9}, 4, 12, 1, start=APR22),
        s.snapshot_count("education-health-care-plans", {**three(100, 101, 94), APR22: 96}, 88, 104, 2,
                       start=APR22),
        s.flow_count("missing-episodes", three(15, 10, 7), {2021: 64, 2022: 49}, 5, start=APR21),
        ceased,
        s.flow_count("sgo-cao-orders", three(4, 6, 4), {2021: 85, 2022: 59}, 7, start=APR21),
        sgo_ceased,
        s.ratio_percent("ceased-permanence", permanence_shown, {2021: 34.8, 2022: 27.5},
                      lambda m: ceased_count[m], 15, 45, 0),
        s.snapshot_percent("long-term-placement-stability", {**three(62.6, 63.8, 66.1), MAR22: 70.2},
                         lambda m: 190 + s.rng.randint(-5, 5), 60, 74, 1),
        s.rolling_percent("three-or-more-placements", {**three(9.9, 9.7, 9.2), MAR22: 9.3}, 46, 8, 12, 0.3),
        s.snapshot_percent("family-based-placements", {**three(76.4, 75.2, 77.0), MAR22: 79.4},
                         lambda m: lac_count[m], 74, 82, 0.8),
        s.snapshot_percent("placed-with-parents", {**three(4.3, 5.1, 5.1), MAR22: 4.6},
                         lambda m: lac_count[m], 3.5, 6, 0.3),
        s.snapshot_percent("kinship-care", {**three(9.4, 9.4, 8.9), MAR22: 10.5},
                         lambda m: lac_count[m], 8, 12, 0.4, start=APR21),
        s.flow_count("foster-placements-created", three(0, 0, 2), {2021: 13, 2022: 13}, 1.5, start=APR21),
        s.flow_count("adoptions-within-12-months", three(0, 0, 0), {2021: 4, 2022: 6}, 0.6),
        s.year_to_date_average("days-to-adoption-placement", {**three(534.0, 567.0, 552.0), MAR22: 418.9},
                             380, 560, 15),
        s.year_to_date_average("days-placement-order-to-match", {**three(180.8, 218.0, 210.0), MAR22: 292.2},
                             150, 320, 12),
        s.snapshot_count("care-leavers", {**three(314, 319, 322), MAR22: 292, (2020, 4): 270}, 260, 330, 3),
        s.snapshot_percent("pathway-plans-up-to-date", {**three(82.1, 79.9, 74.8), MAR22: 82.8},
                         lambda m: 300 + s.rng.randint(-20, 20), 72, 90, 1.5),
        s.snapshot_percent("care-leavers-suitable-accommodation", {**three(97.5, 97.8, 97.2), MAR22: 96.6},
                         lambda m: 230 + s.rng.randint(-10, 10), 94, 99, 0.6),
        s.snapshot_percent("care-leavers-in-education-employment-training", {**three(72.0, 73.7, 73.0), MAR22: 71.6},
                         lambda m: 230 + s.rng.randint(-10, 10), 64, 76, 1.2),
        s.snapshot_count("former-uasc-care-leavers", {**three(17, 17, 20), APR22: 14}, 12, 20, 1, start=APR22),
    ]
    ind = {i.id: i for i in indicators}
    for ident, a, b, c in [("visits-in-time", 95.5, 95.1, 95.6),  # A.13
                           ("health-assessments-up-to-date", 87.8, 84.4, 78.7),  # A.16
                           ("dental-checks-up-to-date", 77.4, 72.3, 69.4),  # A.17
                           ("family-based-placements", 77.3, 76.4, 77.0),  # A.18
                           ("pathway-plans-up-to-date", 77.8, 78.6, 74.5),  # A.20
                           ("long-term-placement-stability", 66.8, 64.4, 65.2),  # B.9
                           ("care-leavers-suitable-accommodation", 96.5, 96.9, 97.2),  # B.13
                           ("care-leavers-in-education-employment-training", 71.2, 70.2, 69.6)]:  # B.14
        s.later_percent(ind[ident], later(a, b, c))
    s.later_ratio(ind["reviews-in-time"], later(86.3, 91.9, 90.4), 2022, 91.5, range(30, 80))  # A.14
    s.later_ratio(ind["initial-health-assessments-in-time"], later(11.8, 50.0, 60.0), 2022, 61.5,
                  range(4, 40))  # A.15
    s.later_rolling_percent(ind["three-or-more-placements"], later(9.2, 8.3, 9.7), range(30, 70))  # B.10
    s.later_year_to_date_average(ind["days-to-adoption-placement"], later(552.0, 552.0, 492.5))  # B.11
    s.later_year_to_date_average(ind["days-placement-order-to-match"], later(210.0, 210.0, 197.4))  # B.12
    s.later_counts(ind["care-leavers"], later(316, 319, 319))  # A.19
    return indicators
