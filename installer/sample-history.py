#!/usr/bin/env python3
"""A small office history for the screenshots (installer/screenshots.sh), as `dossier import` reads it.

    python3 installer/sample-history.py OFFICE_ID > history.jsonl

About 60 dossiers received on the working days of the last eight weeks, dated relative to now so
the dossier list has work due this week and a few late ones, and the chair's dashboard has a
month of on-time figures. Seeded: the same day gives the same file. Not test data: nothing
asserts on it.
"""
import datetime as dt
import json
import random
import sys

OFFICE = sys.argv[1] if len(sys.argv) > 1 else "000.00.06.H56"
VN = dt.timezone(dt.timedelta(hours=7))
PROCEDURES = [  # code, working days to the due date (0 = same day)
    ("1.001193", 0), ("1.000894", 0), ("1.000656", 0), ("1.004873", 3),
    ("2.000635", 0), ("1.004859", 3), ("1.004837", 3), ("2.000986", 3),
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Thị", "Văn", "Đức", "Thị Thu", "Minh", "Ngọc", "Hữu"]
GIVEN = ["Lan", "Hùng", "Hồng", "Bích", "Dũng", "Hạnh", "Tuấn", "Phương", "Thảo", "Quang", "Yến", "Khánh"]


def working_days_after(day, n):
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def main():
    now = dt.datetime.now(VN).replace(microsecond=0)
    rnd = random.Random(now.date().toordinal())
    out = []
    day = now.date() - dt.timedelta(weeks=8)
    while day <= now.date():
        if day.weekday() < 5:
            for seq in range(1, rnd.randint(0, 3) + 1):
                at = dt.datetime.combine(day, dt.time(8, 0), VN) + dt.timedelta(minutes=rnd.randint(0, 420))
                if at > now - dt.timedelta(minutes=30):
                    continue
                code, days = rnd.choice(PROCEDURES)
                due_day = working_days_after(day, days)
                due = dt.datetime.combine(due_day, dt.time(16, 30), VN) if days else at.replace(hour=16, minute=30)
                if due <= at:
                    due = at + dt.timedelta(hours=1)
                events = []
                finish = at + dt.timedelta(hours=rnd.randint(2, 30 + 24 * days))
                if rnd.random() < 0.15:  # one in seven takes longer than it may
                    finish += dt.timedelta(days=rnd.randint(2, 6))
                hand_over = at + dt.timedelta(minutes=rnd.randint(10, 90))
                if hand_over < now:
                    events.append({"status": 4, "at": iso(hand_over)})
                stuck = rnd.random() < 0.12  # still being processed: late when its due date has passed
                if finish < now and finish > hand_over and not stuck:
                    events.append({"status": 9, "at": iso(finish)})
                    back = finish + dt.timedelta(hours=rnd.randint(1, 20))
                    if back < now:
                        events.append({"status": 10, "at": iso(back)})
                name = f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
                out.append({
                    "code": f"{OFFICE}-{day:%y%m%d}-{seq:04d}", "procedure": code, "channel": rnd.choice([1, 1, 1, 2]),
                    "receivedAt": iso(at), "dueAt": iso(due),
                    "applicant": {"fullName": name, "idNumber": f"0361{rnd.randint(10**7, 10**8 - 1)}"},
                    "events": events,
                })
        day += dt.timedelta(days=1)
    # Four still open and due today, so the clerk's "today" tab is not empty whatever the hour.
    prev = now.date() - dt.timedelta(days=1)
    while prev.weekday() >= 5:
        prev -= dt.timedelta(days=1)
    for i, (code, _) in enumerate(PROCEDURES[3:7]):
        at = dt.datetime.combine(prev, dt.time(9 + i, 15), VN)
        name = f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
        out.append({
            "code": f"{OFFICE}-{prev:%y%m%d}-{90 + i:04d}", "procedure": code, "channel": 1,
            "receivedAt": iso(at), "dueAt": iso(dt.datetime.combine(now.date(), dt.time(23, 59), VN)),
            "applicant": {"fullName": name, "idNumber": f"0361{rnd.randint(10**7, 10**8 - 1)}"},
            "events": [{"status": 4, "at": iso(at + dt.timedelta(minutes=20))}],
        })
    for line in out:
        print(json.dumps(line, ensure_ascii=False))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S")


if __name__ == "__main__":
    main()
