"""The Early Help indicators' sample figures (1.1-5.6).

Built so that the March 2022 pack reproduces the figures the council published (seed 002): the
Jan-Mar 2022 month columns, the 2021/22 outturn and the 2020/21 figures of each line, and so its
DOT and RAG where the published row agrees with its own numbers. Where the published report
disagrees with itself, the samples follow its numbers (samples/README.md, "Early Help").
The Members report of March 2023 (seed 000) prints many of these indicators again: their
January-March 2023 figures and 2022/23 outturns are anchored too (later(...), after the published
month only, so no published figure moves). Other months are a seeded random walk between anchors.
"""
import datetime

from samplegen import Indicator, Samples, denominator_for, numerator_for, shows, unpublished

SOURCE = "early-help-monthly"


def samples():
    return Samples(seed=20220518, first=(2020, 4), last=(2023, 3), published=(2022, 3))


JAN, FEB, MAR = (2022, 1), (2022, 2), (2022, 3)
DEC21, MAR21, APR21 = (2021, 12), (2021, 3), (2021, 4)
JAN23, FEB23, MAR23 = (2023, 1), (2023, 2), (2023, 3)
DEC22 = (2022, 12)


def three(a, b, c):
    return {JAN: a, FEB: b, MAR: c}


def later(a, b, c):
    """January-March 2023, as the Members report of March 2023 prints them (its refs in comments)."""
    return {JAN23: a, FEB23: b, MAR23: c}


def split(ind, breakdown):
    """The same builder's figures as one breakdown line (Families, Children, Duty, ...). Children
    lines are built as at least their Families line (every family counted has a child or more)."""
    ind.breakdown = breakdown
    return ind


def young_people_parts(s, ids, anchors, walks, den_of):
    """Not known, NEET and the two combined, as % of one 16-17 cohort each period, so that the
    combined figure is the sum of its parts; anchors (not known, NEET, combined) print exactly."""
    paths = [s.walk({m: a[i] for m, a in anchors.items() if a[i] is not None}, lo, hi, spread)
             for i, (lo, hi, spread) in enumerate(walks)]
    out = [Indicator(ident, s.all) for ident in ids]
    for m in s.all:
        want = anchors.get(m, (None, None, None))
        x, y, z = (want[i] if want[i] is not None else round(paths[i][m], 1) for i in range(3))
        den = den_of(m)
        for d in range(den, den + 400):
            pairs = [(a, b) for a in range(int(x * d / 100) - 1, int(x * d / 100) + 3)
                     for b in range(int(y * d / 100) - 1, int(y * d / 100) + 3)
                     if shows(a, d, x) and shows(b, d, y) and (want[2] is None or shows(a + b, d, z))]
            if pairs:
                a, b = pairs[0]
                break
        else:
            raise ValueError("%s: no cohort gives %s in %s" % (ids, want, m))
        out[0].ratio(m, a, d)
        out[1].ratio(m, b, d)
        out[2].ratio(m, a + b, d)
    return out


def published_in_january(indicators):
    """Annual figures published in the January of their reporting year (published_in: January in
    their definitions): each year's figure, built on March, is dated January, and as a published
    figure it is never revised."""
    for ind in indicators:
        ind.final = True
        ind.rows = {(m[0], 1) if m[1] == 3 else m: row for m, row in ind.rows.items()}
        ind.months = [(m[0], 1) if m[1] == 3 else m for m in ind.months]
    return indicators


def first_time_entrants(q, fte):
    """First time entrants as the Youth Justice Board publishes them: the rate per 100,000 for the 12
    months ending three months before the quarter it is reported in, given as a value. Early Help's
    March 2022 report prints December 2021's 225 (Oct20-Sep21): March's 183 (Jan21-Dec21) was not
    out until June 2022. The Members report of March 2023 prints December 2022's 153 (Oct21-Sep22),
    March's not being out, and 183 for 2021/22. The counts drawn for the rate the samples used to
    form are drawn still, and their late entries too, so that no other figure moves."""
    replaced = q.rolling_count("youth-first-time-entrants-rate", {MAR: fte}, 15, window=4, start=APR21)
    ind = Indicator("youth-first-time-entrants-rate", q.all, APR21)
    ind.draws_like = replaced
    for m, rate in {(2021, 6): 248, (2021, 9): 236, DEC21: 225, MAR: 183, (2022, 6): 176,
                    (2022, 9): 161, DEC22: 153}.items():
        ind.value(m, rate)
    ind.first_extract = {MAR: datetime.date(2022, 6, 6)}
    return ind


def build(s):
    q = s.quarterly()
    flows = []

    # EARLY HELP CONTACTS & LOCALITY
    flows.append(s.later_flow(  # A.3 Families
        s.flow_count("early-help-contacts", three(157, 158, 216), {2020: 3537, 2021: 2470}, 215),
        later(299, 273, 379), {2022: 3133}))
    in_scope = s.flow_count("initial-contacts-in-scope", three(32, 33, 35), {2020: 512, 2021: 534}, 44)
    # A.22 prints the count in time and its %: 69/82, 73/78, 65/70; 677/758 in 2022/23
    s.later_flow(in_scope, later(82, 78, 70), {2022: 758})
    flows += [in_scope, s.later_share(s.share_of("initial-contacts-within-3-days", in_scope, three(30, 26, 29),
                                                 {2020: 455, 2021: 474}, 80, 97),
                                      in_scope, later(69, 73, 65), {2022: 677})]
    eha_2020 = 781  # 2020/21 assessments in scope: 713/781 prints the published 91.3%
    eha = s.flow_count("assessments-in-scope", three(52, 43, 51), {2020: eha_2020, 2021: 747}, 62)
    # A.23 prints the count in time and 1.5's %: 76/81, 69/86, 106/122; 755/862 in 2022/23
    s.later_flow(eha, later(81, 86, 122), {2022: 862})
    eha_in_time = s.share_of("assessments-within-45-days", eha, three(46, 38, 47),
                             {2020: numerator_for(91.3, eha_2020), 2021: numerator_for(91.4, 747)}, 84, 97)
    s.later_share(eha_in_time, eha, later(76, 69, 106), {2022: 755})
    flows += [eha, s.percent_of("assessments-within-45-days", eha_in_time, eha),
              s.later_flow(s.flow_count("assessments-by-partners", three(25, 40, 51), {2020: 287, 2021: 390}, 33),
                           later(34, 25, 51), {2022: 372})]  # A.24
    flows += [
        split(s.snapshot_count("open-early-help-cases", {**three(1320, 1272, 1321), MAR21: 1359},
                               1180, 1480, 25), "Families"),
        split(s.snapshot_count("open-early-help-cases", {**three(2863, 2777, 2899), MAR21: 2889},
                               2550, 3150, 50), "Children"),
        s.flow_count("families-closed", three(147, 206, 155), {2020: 794, 2021: 2020}, 170),
    ]
    rerefs = s.flow_count("early-help-re-referrals", three(21, 13, 20), {2020: 397, 2021: 243}, 21)
    referrals = s.denominators_for("early-help-re-referral-rate", rerefs, three(131, 133, 157),
                                   {2020: denominator_for(19.4, 397), 2021: denominator_for(13.4, 243)}, 155, 25)
    flows += [rerefs, s.percent_of("early-help-re-referral-rate", rerefs, referrals)]
    step_up_families = split(s.flow_count("step-ups-to-social-care", three(16, 33, 16), {2020: 265, 2021: 249}, 21),
                             "Families")
    s.later_flow(step_up_families, later(17, 22, 22), {2022: 286})  # A.26 Families
    step_families = split(s.flow_count("step-downs-agreed", three(20, 27, 37), {2020: 524, 2021: 322}, 28),
                          "Families")
    s.later_flow(step_families, later(51, 20, 35), {2022: 367})  # A.25 Families
    via_duty = s.share_of("step-downs-by-route", step_families, three(13, 19, 26),
                          {2021: numerator_for(74.5, 322)}, 60, 88, start=APR21)
    via_locality = s.remainder("step-downs-by-route", step_families, via_duty)
    flows += [
        step_families,
        s.later_at_least(split(s.denominators_for("step-downs-agreed", step_families, three(41, 61, 89),
                                                  {2020: 1042, 2021: 675}, 58, 15), "Children"),
                         step_families, later(108, 43, 65), {2022: 802}),  # A.25 Children
        s.percent_of("step-downs-by-route", via_duty, step_families, "Duty"),
        s.percent_of("step-downs-by-route", via_locality, step_families, "Locality"),
        split(s.ratio_percent("joint-handover-visits-in-time", {JAN: (4, 9), FEB: (8, 18), MAR: (13, 21)},
                              {2021: 41.7}, lambda m: s.rng.randint(10, 24), 25, 60, 0, start=APR21), "Duty"),
        step_up_families,
        s.later_at_least(split(s.denominators_for("step-ups-to-social-care", step_up_families, three(42, 76, 43),
                                                  {2020: 628, 2021: 558}, 47, 12), "Children"),
                         step_up_families, later(27, 54, 54), {2022: 621}),  # A.26 Children
    ]

    # OUTREACH & ENGAGEMENT
    under_fives = lambda m: 6180 + s.rng.randint(-40, 40)  # noqa: E731 (0-5s in the 30% most deprived SOAs)
    flows += [
        s.later_percent(s.snapshot_percent("childrens-centre-registration",
                                           {**three(86.0, 86.0, 87.0), MAR21: 86.0}, under_fives, 83, 90, 0.8),
                        later(88.0, 89.0, 92.0)),  # A.27
        s.later_percent(s.snapshot_percent("childrens-centre-activity",
                                           {**three(64.0, 68.0, 72.0), MAR21: 68.0}, under_fives, 55, 75, 2),
                        later(69.0, 74.0, 78.0)),  # A.28
    ]
    cohort = lambda m: 6420 + s.rng.randint(-60, 60)  # noqa: E731 (16-17 year olds, academic age)
    flows += published_in_january(s.later_parts(young_people_parts(
        s.annual(), ["activity-not-known-annual", "neet-annual", "neet-or-not-known-annual"],
        {MAR: (1.3, 3.6, 4.9), MAR21: (1.6, 4.0, 5.6)}, [(1.0, 2.2, 0.3), (3.0, 4.4, 0.3), (0, 0, 0)], cohort),
        {MAR23: (2.3, 4.9, 7.2)}))  # B.16-B.18 annual
    flows += s.later_parts(young_people_parts(
        s, ["activity-not-known", "neet", "neet-or-not-known"],
        {JAN: (1.1, 3.4, 4.5), FEB: (1.4, 3.8, 5.1), MAR: (2.0, 4.0, 5.9), MAR21: (2.5, 3.6, 6.1)},
        [(0.8, 4.0, 0.4), (2.8, 4.8, 0.3), (0, 0, 0)], cohort),
        {JAN23: (1.4, 5.2, 6.6), FEB23: (1.4, 4.8, 6.2), MAR23: (1.5, 4.8, 6.4)})  # B.16-B.18 monthly
    lac_neet = s.snapshot_count("looked-after-neet", three(10, 8, 6), 4, 14, 1.5, start=APR21)
    lac_cohort = s.denominators_for("looked-after-neet-rate", lac_neet, three(213, 235, 250), {}, 228, 12)
    lac_not_known = s.snapshot_count("looked-after-activity-not-known", three(0, 1, 0), 0, 3, 0.8, start=APR21)
    lac_cohort_nk = s.denominators_for("looked-after-activity-not-known-rate", lac_not_known,
                                       three(81, 83, 84), {}, 82, 3)
    flows += [
        lac_neet, s.percent_of("looked-after-neet-rate", lac_neet, lac_cohort),
        lac_not_known, s.percent_of("looked-after-activity-not-known-rate", lac_not_known, lac_cohort_nk),
        s.snapshot_percent("duty-to-participate", three(91.6, 90.6, 90.0), cohort, 88.5, 93.5, 0.6, start=APR21),
        s.flow_count("youth-sessions", three(60, 74, 91), {2021: 835}, 70, start=APR21),
    ]

    # SUPPORT: the monthly count was suspended in January and February 2022 (no extract rows)
    engaged = s.running_total("supporting-families-engaged", {2020: 787, 2021: 675, 2022: 662}, 675)
    target = Indicator("supporting-families-target", s.all, APR21)
    for m in target.months:
        target.count(m, 675)
    for m in (JAN, FEB):
        del engaged.rows[m]
    flows += [
        engaged,
        s.percent_of("supporting-families-target-achieved", engaged, target),
        s.snapshot_count("pbr-employment-outcomes", {**three(0, 0, 2), MAR21: 6}, 0, 9, 1.5),
        s.snapshot_count("pbr-progress-outcomes", {**three(90, 48, 450), MAR21: 413}, 20, 440, 45),
    ]

    # YOT / EVIDENCE BASED HUB / FGC (quarterly lines sit on quarter-end months)
    fte = next(c for c in range(40, 90) if shows(c, 27560, 225, scale=100000, places=0))  # 62 per mid-2021 10-17s
    attending = q.flow_count("families-attending-parenting-programmes", {DEC21: 36, MAR: 12}, {2021: 120}, 30,
                             start=APR21)
    received_families = split(s.flow_count("fgc-referrals-received", three(23, 20, 25), {2021: 230}, 19,
                                           start=APR21), "Families")
    received = [received_families,
                split(s.denominators_for("fgc-referrals-received", received_families, three(44, 34, 51),
                                         {2021: 413}, 35, 8), "Children")]
    awaiting_families = s.snapshot_count("fgc-referrals-awaiting-allocation", three(1, 0, 0), 0, 3, 1, start=APR21)
    awaiting_children = Indicator("fgc-referrals-awaiting-allocation", s.all, APR21, "Children")
    for m in awaiting_children.months:
        n = awaiting_families.rows[m]["numerator"]
        awaiting_children.count(m, n if m in three(0, 0, 0) else n + s.rng.randint(0, n))
    held_families = split(s.flow_count("fgcs-held", three(12, 11, 15), {2021: 88}, 9, start=APR21), "Families")
    s.later_flow(held_families, later(10, 6, 15), {2022: 98})  # A.29 Families
    in_20_days = s.share_of("fgcs-within-20-days", held_families, three(4, 3, 4), {2021: 31}, 20, 55)
    contacts_due = s.flow_count("fgc-initial-contacts-due", three(29, 20, 26), {2021: 206}, 20, start=APR21)
    contacts_in_time = s.share_of("fgc-initial-contacts-in-time", contacts_due, three(26, 19, 26),
                                  {2021: 180}, 75, 100)
    conversions = s.flow_count("fgc-conversions", three(11, 4, 12), {2021: 69}, 7, start=APR21)
    closed_eligible = s.denominators_for("fgc-conversion-rate", conversions, three(13, 6, 14), {2021: 92}, 10, 3)
    flows += [
        first_time_entrants(q, fte),  # 4.1, B.19
        s.later_rolling_count(q.rolling_count("youth-custody-rate", {MAR: 0}, 0.3, window=4, start=APR21),
                              {MAR23: 0}, window=4),  # B.20
        # B.21, B.22: the cohorts of Apr20-Mar21 are December 2022's figures; March 2023's are not
        # published until May, after the Members report (indicators/early-help.yaml, reference_period)
        unpublished(s.later_rolling_ratio(q.rolling_ratio("youth-reoffending-binary-rate", {MAR: 24.2}, 34, 18, 32,
                                                          window=4, start=APR21), {DEC22: 19.8}, window=4), MAR23),
        unpublished(s.later_number(q.snapshot_number("youth-reoffending-frequency-rate", {MAR: 4.93}, 3.3, 5.6, 0.4,
                                                     2, start=APR21), {DEC22: 3.56}), MAR23),
        s.flow_count("yot-programme-contacts", three(27, 29, 19), {2021: 265}, 22, start=APR21),
        q.flow_count("parenting-programmes-delivered", {DEC21: 11, MAR: 6}, {2021: 37}, 9, start=APR21),
        attending,
        q.ratio_percent("parenting-programme-completion", {DEC21: (26, 36), MAR: (7, 12)}, {2021: 71.5},
                        lambda m: max(1, attending.rows[m]["numerator"] - s.rng.randint(0, 3)), 60, 85, 0,
                        start=APR21),
        *received,
        split(s.share_of("fgc-referrals-accepted", received[0], three(22, 16, 24), {2021: 213}, 85, 100),
              "Families"),
        split(s.share_of("fgc-referrals-accepted", received[1], three(43, 29, 51), {2021: 394}, 85, 100),
              "Children"),
        split(awaiting_families, "Families"),
        awaiting_children,
        held_families,
        s.later_at_least(split(s.denominators_for("fgcs-held", held_families, three(30, 25, 40), {2021: 171},
                                                  16, 4), "Children"),
                         held_families, later(20, 11, 25), {2022: 179}),  # A.29 Children
        in_20_days,
        s.percent_of("fgcs-within-20-days-rate", in_20_days, held_families),
        s.flow_count("fgc-reviews-held", three(4, 1, 4), {2021: 23}, 2.5, start=APR21),
        contacts_due,
        contacts_in_time,
        s.percent_of("fgc-initial-contacts-in-time-rate", contacts_in_time, contacts_due),
        conversions,
        s.percent_of("fgc-conversion-rate", conversions, closed_eligible),
        s.snapshot_count("fgc-open-cases", three(49, 50, 55), 38, 62, 3, start=APR21),
        s.flow_count("fgc-cases-closed", three(22, 15, 23), {2021: 163}, 17, start=APR21),
    ]

    # QUALITY
    complaints = s.flow_count("early-help-complaints", three(0, 0, 0), {2020: 3, 2021: 4}, 0.4)
    flows += [
        s.ratio_percent("positive-family-feedback", {JAN: (30, 31), FEB: (26, 28), MAR: (29, 31)}, {2021: 94.6},
                        lambda m: s.rng.randint(24, 40), 88, 99, 0, start=APR21),
        complaints,
        s.share_of("early-help-complaints-upheld", complaints, three(0, 0, 0), {2020: 2, 2021: 0}, 0, 50),
        s.share_of("early-help-complaints-in-time", complaints, three(0, 0, 0), {2020: 3, 2021: 3}, 60, 100),
        s.flow_count("early-help-compliments", three(1, 2, 2), {2020: 64, 2021: 16}, 2),
        s.flow_count("team-manager-audits", three(18, 14, 17), {2020: 138, 2021: 146}, 12),
    ]
    return flows
