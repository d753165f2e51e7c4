#!/usr/bin/env python3
"""Writes the invented case system behind the bundled SQL source (deterministic).

sources/case-system/sample-data.sql fills the tables of sources/case-system/schema.sql with
record-level rows (one row per referral, assessment and looked-after child) whose monthly figures,
as the queries in sources/case-system.yaml count them, are the final figures of the bundled
extracts in samples/ for four indicators: looked-after-children and its rate, admissions and
assessments-in-45-days. So a pack built from the SQL source prints what the pack built from the
CSV extracts prints (Issue17CaseSystemPackTest checks this against a real PostgreSQL server).

Run from the repository root:  python3 tools/generate_case_system.py
"""
import csv
import datetime
import glob
import random

FIRST, LAST = (2020, 4), (2023, 3)
OUT = "sources/case-system/sample-data.sql"
BATCH = 500  # SQL Server takes at most 1000 rows in one VALUES list


def months():
    y, m = FIRST
    while (y, m) <= LAST:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def final_figures():
    """The figure of each indicator and month in the latest extract that holds it."""
    final = {}
    for f in sorted(glob.glob("samples/*.csv")):
        for r in csv.DictReader(open(f, encoding="utf-8")):
            if not r["breakdown"]:
                final[(r["indicator"], r["period"])] = r
    return final


def day(rnd, y, m, after=None):
    first = datetime.date(y, m, 1)
    last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))
    lo = max(first, after + datetime.timedelta(days=1)) if after else first
    return lo + datetime.timedelta(days=rnd.randrange((last - lo).days + 1))


def period(y, m):
    return "%04d-%02d" % (y, m)


def episodes(final, rnd):
    lac = lambda y, m: int(final[("looked-after-children", period(y, m))]["numerator"])
    adm = lambda y, m: int(final[("admissions", period(y, m))]["numerator"])
    for y, m in months():
        assert final[("looked-after-children-rate", period(y, m))]["numerator"] == str(lac(y, m))
    rows, open_ = [], []
    # Children who were in care and left before April 2020: they count in no month.
    for i in range(40):
        start = datetime.date(2015, 1, 1) + datetime.timedelta(days=rnd.randrange(1500))
        end = min(start + datetime.timedelta(days=30 + rnd.randrange(800)), datetime.date(2020, 3, 31))
        rows.append([start, end])
    y0, m0 = FIRST
    initial = lac(y0, m0) - adm(y0, m0) + 20  # 20 children leave care in April 2020
    for i in range(initial):
        row = [datetime.date(2012, 1, 1) + datetime.timedelta(days=rnd.randrange(3000)), None]
        rows.append(row)
        open_.append(row)
    previous = initial
    for y, m in months():
        leaving = adm(y, m) - (lac(y, m) - previous)
        assert leaving >= 0, (y, m)
        open_.sort(key=lambda r: r[0])
        for row in rnd.sample(open_[: max(leaving * 3, leaving)], leaving):
            row[1] = day(rnd, y, m, after=max(row[0], datetime.date(y, m, 1) - datetime.timedelta(days=1)))
            open_.remove(row)
        for i in range(adm(y, m)):
            row = [day(rnd, y, m), None]
            rows.append(row)
            open_.append(row)
        previous = lac(y, m)
    return rows


def assessments(final, rnd):
    refs, assess = [], []
    for y, m in months():
        f = final[("assessments-in-45-days", period(y, m))]
        within, total = int(f["numerator"]), int(f["denominator"])
        for i in range(total):
            days = rnd.randint(8, 45) if i < within else rnd.randint(46, 80)
            done = day(rnd, y, m)
            start = done - datetime.timedelta(days=days * 7 // 5)
            referred = start - datetime.timedelta(days=rnd.randint(0, 3))
            refs.append((referred, rnd.choice(SOURCES)))
            assess.append((len(refs), start, done, days))
        for i in range(total // 5):  # referrals that needed no assessment
            refs.append((day(rnd, y, m), rnd.choice(SOURCES)))
    # Assessments still open at the end of March 2023: no completion date, so in no month's figure.
    for i in range(25):
        referred = datetime.date(2023, 3, 1) + datetime.timedelta(days=rnd.randrange(31))
        refs.append((referred, rnd.choice(SOURCES)))
        assess.append((len(refs), referred, None, None))
    return refs, assess


SOURCES = ["POL", "SCH", "HLT", "FAM", "LAS", "ANON", "OTH"]
STATUSES = ["C1", "C2", "E1", "J2", "V2"]


def q(v):
    return "NULL" if v is None else ("'%s'" % v if isinstance(v, (str, datetime.date)) else str(v))


def inserts(out, table, columns, rows):
    for i in range(0, len(rows), BATCH):
        out.write("INSERT INTO %s (%s) VALUES\n" % (table, ", ".join(columns)))
        out.write(",\n".join("(" + ", ".join(q(v) for v in r) + ")" for r in rows[i:i + BATCH]))
        out.write(";\n")


def main():
    rnd = random.Random(17)
    final = final_figures()
    eps = episodes(final, rnd)
    refs, assess = assessments(final, rnd)
    rnd.shuffle(eps)  # a case system lists children in no particular order
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("-- Invented sample data for sources/case-system/schema.sql (every child is invented).\n"
                  "-- Written by tools/generate_case_system.py; portable SQL (PostgreSQL, SQL Server).\n")
        cal = []
        for y in range(2018, 2031):
            for m in range(1, 13):
                end = datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)
                cal.append((period(y, m), datetime.date(y, m, 1), end))
        inserts(out, "calendar_months", ["period", "month_start", "month_end"], cal)
        inserts(out, "referrals", ["referral_id", "child_id", "referral_date", "referral_source"],
                [(i + 1, 300000 + i + 1, r[0], r[1]) for i, r in enumerate(refs)])
        inserts(out, "assessments", ["assessment_id", "referral_id", "child_id", "start_date", "completed_date",
                                     "working_days"],
                [(i + 1, a[0], 300000 + a[0], a[1], a[2], a[3]) for i, a in enumerate(assess)])
        inserts(out, "looked_after_episodes", ["episode_id", "child_id", "start_date", "end_date", "legal_status",
                                               "uasc"],
                [(i + 1, 100000 + i + 1, e[0], e[1], rnd.choice(STATUSES), "Y" if rnd.random() < 0.07 else "N")
                 for i, e in enumerate(eps)])


if __name__ == "__main__":
    main()
