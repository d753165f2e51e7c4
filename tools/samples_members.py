"""The Members indicators' sample figures (B.1-B.22, A.1-A.34, ED.1-ED.23).

Built so that the March 2023 Members pack (outturn 2022/23) reproduces the figures the council
published (seed 000, an OCR text): the January-March 2023 month columns, the 2022/23 outturn and
the 2021/22 figure of every line, and the two terms, year to date and 2021/22 figure of the
education lines. Lines the Members report shares with Corporate Parenting and Early Help are
those packs' indicators: their figures are anchored in samples_corporate_parenting.py and
samples_early_help.py; the lines built here that are formed over them (A.22's and A.24's %, A.23's
count, A.3's children) read those packs' figures, so the three packs agree. Where the report
cannot be reproduced as printed, samples/README.md ("Members") says why.
Other months and terms are a seeded random walk between the anchors.
"""
from decimal import Decimal

from samplegen import Indicator, Samples, fit, rounded, shows

import samples_early_help

SOURCE = "members-monthly"


def samples():
    return Samples(seed=20230422, first=(2020, 4), last=(2023, 3), published=(2023, 3))


JAN, FEB, MAR = (2023, 1), (2023, 2), (2023, 3)
MAR22, APR21, APR22 = (2022, 3), (2021, 4), (2022, 4)
# Terms end in December (Autumn), March (Spring) and July (Summer); academic years in August.
AUTUMN21, SPRING22, SUMMER22, AUTUMN22, SPRING23 = (2021, 12), (2022, 3), (2022, 7), (2022, 12), (2023, 3)
AUG22 = (2022, 8)

# The 0-17 population behind every January-March 2023 rate of the report: 546/96.9, 555/98.5,
# 545/96.7 (B.8 over A.12) and 439/77.9, 428/75.9, 397/70.4 (B.5 over A.9) all hold only for
# 56,362-56,372 children, a newer estimate than the mid-2022 one in reference/population.csv
# (57,460, which reproduces Corporate Parenting's December 2022 rate). The counts behind B.2 and
# B.3 are the ones that print the report's rates over this population; scorepack divides them by
# the reference population, as it does A.9's and A.12's (samples/README.md, "Members").
MEMBERS_POPULATION = 56367


def three(a, b, c):
    return {JAN: a, FEB: b, MAR: c}


def counts_behind(rates, population):
    """The counts that print as the given rates per 10,000 over the population."""
    out = {}
    for m, rate in rates.items():
        n0 = int(round(rate * population / 10000))
        out[m] = next(n for n in (n0, n0 - 1, n0 + 1) if shows(n, population, rate, scale=10000))
    return out


def early_help():
    """The Early Help pack's sample figures, by (indicator, breakdown): the same seed, so the same
    figures samples_early_help.py writes."""
    return {(i.id, i.breakdown): i for i in samples_early_help.build(samples_early_help.samples())}


def pairs(shown, guess):
    """(numerator, denominator) near a denominator guess for each shown percentage."""
    return {m: fit(pct, guess) for m, pct in shown.items()}


def build(s):
    out = []
    eh = early_help()
    terms, annual, school_years = s.terms(), s.annual(), s.academic_year_ends()

    # BENCHMARK INDICATORS (social care; B.8-B.14 and B.16-B.22 are built by the other packs)
    out += [
        s.ratio_percent("assessments-in-45-days", pairs(three(79.7, 91.7, 89.4), 190), {2021: 88.8, 2022: 88.6},
                        lambda m: s.rng.randint(160, 230), 82, 96, 0),
        s.rolling_count("section-47-rate", {MAR22: 1637, **counts_behind(three(280.3, 280.3, 278.2),
                                                                          MEMBERS_POPULATION)}, 135),
    ]
    cin = s.snapshot_count("children-in-need-rate", {MAR22: 2187, **counts_behind(three(376.3, 380.0, 378.6),
                                                                                  MEMBERS_POPULATION)},
                           2050, 2250, 20)
    plans = s.snapshot_count("child-protection-plans", {**three(439, 428, 397), MAR22: 475}, 380, 520, 10)
    plan_rate = Indicator("child-protection-plan-rate", s.all)
    for m in s.all:
        plan_rate.count(m, plans.rows[m]["numerator"])
    out += [
        cin,
        s.ratio_percent("initial-conferences-in-15-days", pairs(three(89.7, 92.0, 83.3), 30),
                        {2021: 74.1, 2022: 88.7}, lambda m: s.rng.randint(20, 45), 65, 95, 0),
        plan_rate,
        s.snapshot_percent("cp-plans-lasting-2-years", {**three(0.5, 1.9, 1.5), MAR22: 2.5},
                           lambda m: plans.rows[m]["numerator"], 0.3, 3.0, 0.4),
        s.ratio_percent("cp-reviews-in-time", pairs(three(100.0, 100.0, 97.2), 36), {2021: 94.4, 2022: 98.2},
                        lambda m: s.rng.randint(30, 60), 90, 100, 0),
    ]
    agency = s.snapshot_percent("agency-staff", three(5.5, 5.2, 5.4), lambda m: 230 + s.rng.randint(-8, 8),
                                4.5, 9.0, 0.5)
    agency.ratio(MAR22, *fit(7.14, 224, places=2))  # printed 7.14% (two decimals) as 2021/22's figure
    out.append(agency)

    # ACTIVITY INDICATORS: social care
    contacts = s.flow_count("contacts-received", three(1625, 1537, 1839), {2021: 22209, 2022: 18784}, 1700,
                            start=APR21)
    social_care = s.share_of("contacts-social-care", contacts, three(991, 989, 1020), {2021: 16864, 2022: 11912},
                             58, 80)
    social_care.breakdown = "Children"
    sc_families = s.share_of("contacts-social-care", social_care, three(530, 518, 526), {2021: 8727, 2022: 6282},
                             46, 58)
    sc_families.breakdown = "Families"
    not_social_care = s.remainder("contacts-not-social-care", contacts, social_care)
    # A.3: contacts about children identified as early help: at least the families Early Help
    # counts (its 1.1, A.3's Families line), at most the contacts not identified as social care
    early_help_children = s.count_between("contacts-early-help", eh[("early-help-contacts", "")], not_social_care,
                                          three(612, 536, 805), {2021: 5155, 2022: 6702}, 88, 99)
    decided = s.flow_count("contacts-decided-in-1-day", three(541, 615, 554), {2021: 7067, 2022: 6045}, 560,
                           start=APR21)
    to_decide = s.denominators_for("contacts-decided-in-1-day-rate", decided, three(706, 728, 712),
                                   {2021: 8801, 2022: 8384}, 720, 40)
    out += [
        contacts, social_care, sc_families, s.percent_of("contacts-social-care-rate", social_care, contacts),
        early_help_children, s.percent_of("contacts-early-help-rate", early_help_children, contacts),
        decided, s.percent_of("contacts-decided-in-1-day-rate", decided, to_decide),
        s.ratio_percent("re-referrals-in-12-months", pairs(three(12.4, 15.1, 19.4), 260), {2021: 18.3, 2022: 17.2},
                        lambda m: s.rng.randint(220, 320), 11, 24, 0),
        s.snapshot_count("cse-supported-by-evolve", {**three(39, 39, 37), MAR22: 41}, 30, 50, 2),
        s.snapshot_count("cce-supported-by-evolve", {**three(52, 52, 58), MAR22: 42}, 35, 60, 2, start=APR21),
        s.snapshot_count("children-in-need-cases", {**three(951, 987, 1007), MAR22: 978}, 880, 1060, 15),
        plans,
        s.snapshot_percent("cp-visits-in-time", {**three(95.8, 89.9, 95.1), MAR22: 87.9},
                           lambda m: plans.rows[m]["numerator"] - 20, 85, 98, 1.5),
        s.rolling_percent("repeat-child-protection-plans", {**three(8.4, 9.6, 8.7), MAR22: 15.6}, 40, 6, 18, 0.1),
        s.snapshot_average("social-worker-caseload", {**three(21.4, 22.5, 22.0), MAR22: 19.4},
                           lambda m: 95 + s.rng.randint(-4, 4), 18, 23, 0.5, start=APR21),
    ]

    # ACTIVITY INDICATORS: early help (A.22-A.29 are mostly Early Help's own lines)
    in_scope, in_time = eh[("initial-contacts-in-scope", "")], eh[("initial-contacts-within-3-days", "")]
    eha_rate = eh[("assessments-within-45-days", "")]
    eha_in_time = Indicator("assessments-completed-in-time", s.all)
    for m, row in eha_rate.rows.items():
        eha_in_time.count(m, row["numerator"])
    partners = eh[("assessments-by-partners", "")]
    completed = s.denominators_for("assessments-by-partners-rate", partners, three(141, 125, 181),
                                   {2021: 1349, 2022: 1453}, 120, 20)
    out += [
        s.percent_of("initial-contacts-within-3-days-rate", in_time, in_scope),
        eha_in_time,
        s.percent_of("assessments-by-partners-rate", partners, completed),
        s.snapshot_count("early-help-measure-ch1", three(65, 53, 52), 45, 70, 4, start=APR22),
    ]

    # ACTIVITY INDICATORS: inclusion
    issued_in_time = s.flow_count("ehcps-issued-in-20-weeks", three(11, 23, 31), {2021: 181, 2022: 186}, 15)
    issued = s.denominators_for("ehcps-issued-in-20-weeks-rate", issued_in_time, three(67, 48, 63),
                                {2021: 334, 2022: 442}, 32, 8)
    out += [
        s.snapshot_count("ehcp-children", {**three(2919, 2964, 3019), MAR22: 2640}, 2500, 3050, 20),
        issued_in_time, s.percent_of("ehcps-issued-in-20-weeks-rate", issued_in_time, issued),
    ]
    # A.33: reviews of two cohorts' plans at phase transfer, counted from February 2023
    for breakdown, shown in (("Cohort 1", {FEB: (42, 136), MAR: (42, 136)}),
                             ("Cohort 2", {FEB: (0, 160), MAR: (8, 159)})):
        done = Indicator("ehcp-transition-reviews", s.all, FEB, breakdown)
        rate = Indicator("ehcp-transition-reviews-rate", s.all, FEB, breakdown)
        for m, (n, d) in shown.items():
            done.count(m, n)
            rate.ratio(m, n, d)
        out += [done, rate]
    out.append(s.snapshot_count("ehcp-tribunals-open", three(12, 9, 13), 6, 16, 2, start=APR22))

    # EDUCATION: termly and annual figures on the academic year (September-August), each on the
    # month its term or year ends; the offer-day figures on March (the financial year).
    out += [
        terms.snapshot_percent("education-measure-ch08", {AUTUMN22: 96.4, SPRING23: 90.0, SUMMER22: 87.6},
                               lambda m: 820 + s.rng.randint(-30, 30), 82, 97, 2),
        annual.snapshot_percent("primary-offer-day-preferences", {MAR: 99.0, MAR22: 98.5},
                                lambda m: 3300 + s.rng.randint(-80, 80), 97.5, 99.5, 0.3),
        annual.snapshot_percent("secondary-offer-day-preferences", {MAR: 96.0, MAR22: 97.5},
                                lambda m: 3250 + s.rng.randint(-80, 80), 95, 98.5, 0.5),
    ]
    for ident, breakdown, shown, years, pupils in (
            ("attendance-primary", "Primary", {AUTUMN22: 93.2, SPRING23: 94.0}, {2021: 93.0, 2022: 93.5}, 22400),
            ("attendance-secondary", "Secondary", {AUTUMN22: 90.3, SPRING23: 90.7}, {2021: 90.0, 2022: 90.5},
             17600)):
        # possible sessions: about 140 in the autumn term, 110 in spring and 130 in summer
        sessions = {12: 140, 3: 110, 7: 130}
        out.append(terms.academic_ratio(ident, shown, years,
                                        lambda m, p=pupils: (p + s.rng.randint(-200, 200)) * sessions[m[1]],
                                        89, 95, breakdown=breakdown))
    absence_terms = []
    for ident, breakdown, anchors, pupils, lo, hi in (
            ("persistent-absence-primary", "Primary", {AUTUMN22: 22.2, SPRING23: 17.6, SUMMER22: 25.4}, 22400,
             12, 28),
            ("persistent-absence-secondary", "Secondary", {AUTUMN22: 28.8, SPRING23: 24.0, SUMMER22: 29.3}, 17600,
             18, 33)):
        ind = terms.snapshot_percent(ident, anchors, lambda m, p=pupils: p + s.rng.randint(-200, 200), lo, hi, 2)
        ind.breakdown = breakdown
        out.append(ind)
        absence_terms.append(ind)
    # Results of summer 2022 (academic year 2021/22) sit on August 2022; there were no national
    # assessments in 2020 and 2021, so these lines have no earlier figure.
    for ident, pct, cohort in (("eyfs-good-level-of-development", 64.5, 3150),
                               ("phonics-year-1", 75.0, 3200),
                               ("ks1-expected-rwm", 51.8, 3250),
                               ("ks1-greater-depth-rwm", 4.0, 3250),
                               ("ks2-expected-rwm", 54.0, 3300),
                               ("ks2-higher-standard-rwm", 4.0, 3300),
                               ("ks4-grade-5-english-maths", 44.7, 3050)):
        ind = Indicator(ident, school_years.all, AUG22)
        ind.ratio(AUG22, *fit(pct, cohort))
        out.append(ind)
    for ident, score in (("ks2-progress-reading", -1.21), ("ks2-progress-writing", -0.76),
                         ("ks2-progress-maths", -1.03), ("progress-8", -0.09), ("attainment-8", 46.70),
                         ("ebacc-average-point-score", 3.83)):
        ind = Indicator(ident, school_years.all, AUG22)
        ind.value(AUG22, score)
        out.append(ind)
    for ident, breakdown, shown, total, typical in (
            ("suspensions", "Primary", {AUTUMN22: 134, SPRING23: 119}, 277, 95),
            ("suspensions", "Secondary", {AUTUMN22: 1617, SPRING23: 1637}, 3923, 1300),
            ("permanent-exclusions", "Primary", {AUTUMN22: 1, SPRING23: 5}, 12, 4),
            ("permanent-exclusions", "Secondary", {AUTUMN22: 32, SPRING23: 30}, 57, 19)):
        out.append(terms.academic_flow_count(ident, shown, {2021: total}, typical, breakdown=breakdown))
    out += [
        terms.snapshot_count("children-missing-education", {AUTUMN22: 128, SPRING23: 150, SUMMER22: 181},
                             110, 200, 15),
        terms.snapshot_count("elective-home-education", {AUTUMN22: 386, SPRING23: 435, SUMMER22: 336},
                             280, 440, 15),
        terms.snapshot_percent("lac-personal-education-plans", {AUTUMN22: 91.9, SPRING23: 82.1, SUMMER22: 95.0},
                               lambda m: 345 + s.rng.randint(-10, 10), 80, 97, 2),
    ]
    # Last, so that no other figure's random draws move: ED.5's year to date, persistent absence over
    # the academic year so far ("Termly (cumulative)"), a figure of its own that the terms cannot
    # give. The report prints it as the 2022/23 YTD (18.0%, 23.8%: below both terms, as a longer
    # window lowers persistent absence) and as the 2021/22 outturn (25.4%, 29.3%).
    for term_line, anchors in ((absence_terms[0], {SPRING23: 18.0, SUMMER22: 25.4}),
                               (absence_terms[1], {SPRING23: 23.8, SUMMER22: 29.3})):
        out.append(year_so_far(term_line.id + "-year-to-date", term_line, anchors))
    return out


def year_so_far(ident, term_line, anchors):
    """A percentage over the academic year so far at each term's end: the first term's own figure,
    then the terms' pooled figure less half a point, unless the report prints it (anchors). Given as
    values, which draw no random numbers and are never revised."""
    ind = Indicator(ident, sorted(term_line.rows), breakdown=term_line.breakdown)
    for m in ind.months:
        year_start = m[0] if m[1] >= 9 else m[0] - 1
        so_far = [t for t in term_line.rows if (year_start, 9) <= t <= m]
        num = sum(term_line.rows[t]["numerator"] for t in so_far)
        den = sum(term_line.rows[t]["denominator"] for t in so_far)
        pct = Decimal(num) * 100 / Decimal(den) - (Decimal("0.5") if len(so_far) > 1 else 0)
        ind.value(m, anchors.get(m, rounded(pct, 1)))
    return ind
