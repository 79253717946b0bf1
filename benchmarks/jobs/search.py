"""Search as you type on the 200k station: the reception list's search box, the one search
(Ctrl+K) and the person finder, each keystroke's query beside plain sqlite3.

The shared station is at the schema it was built with; this job migrates a copy of it
(migration 4 builds the question's trigram index: that time is the first line). Then, for each
kind of text a clerk types:
- reception: consultations.query(text) as the list model (kit.table_models) reads it: every
  matching id in the list's order, then the rows of the first 100 ids (with their person); direct: the LIKE over the question alone with
  plain sqlite3 (what the issue compares with: no person, no sort, no page);
- the one search: core.search.search (30 hits; run on a worker thread by the dialog);
- the finder: core.people.search(text, limit=8), as kit.person_finder runs it in the GUI
  thread; direct: one plain LIKE/GLOB over person's name, phone and pinyin.
The station's 200,000 questions are 8 texts repeated, so a fragment of a question matches
25,000 consultations (an eighth of the station): the worst case of a common word.
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from harness import Result, alternated, timed
from station import copy_of


def jobs(folder: Path, work: Path) -> list[Result]:
    from aidstation.core import consultations, people, search
    from aidstation.core.models import Consultation, Person
    from aidstation.core.station import open_station

    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    copy = copy_of(folder, work / "station")
    start = time.perf_counter()
    open_station(copy, create=False)  # migrates it: backup, the index filled, ANALYZE
    results = [Result("search: open + migrate the 200k station to v4 (once)", time.perf_counter() - start,
                      note="pre-migration backup, trigram index of 200k questions, ANALYZE")]
    raw = sqlite3.connect(f"file:{copy / 'station.db'}?mode=ro", uri=True)
    person = Person.select().where(Person.name_pinyin != "").order_by(Person.id).offset(9999).first()
    day = Consultation.get_by_id(100_000).number[:8]

    def like(text):
        return raw.execute("SELECT id FROM consultation WHERE question LIKE ?", (f"%{text}%",)).fetchall()

    def listed(text):  # as the list model reads it: every id in order, then the first page's rows
        ids = [i for (i,) in consultations.query(text).select(Consultation.id).tuples()]
        page = {c.id: c for c in consultations.query().where(Consultation.id.in_(ids[:100]))}
        return ids, [page[i] for i in ids[:100]]

    cases = [("1 character (a surname)", person.name[0]), ("2 characters, 25k hits", "工资"),
             ("2 characters of a name", person.name[-2:]), ("4 characters, 25k hits", "工资拖欠"),
             ("5 characters, none", "拖欠的工资"), ("a day's number", day), ("phone tail", person.phone[-4:]),
             ("pinyin initials", person.name_pinyin.split()[1]), ("hostile", '"% AND NEAR(*'),]
    for label, text in cases:
        ours, direct = alternated(lambda text=text: listed(text), lambda text=text: like(text), repeat)
        n = len(listed(text)[0])
        results.append(Result(f"reception search: {label} '{text}' ({n:,} rows)", ours, direct, max_seconds=0.1,
                              note="direct: the question LIKE alone"))

    for label, text in [("name", person.name), ("pinyin initials", person.name_pinyin.split()[1]),
                        ("phone tail", person.phone[-4:]), ("surname", person.name[0]),
                        ("case number, loosely", "2024-15"), ("a day's number", day)]:
        ours, hits = timed(lambda text=text: search.search(text), repeat)
        results.append(Result(f"one search: {label} '{text}' ({len(hits)} hits)", ours, max_seconds=0.1,
                              note="on a worker thread in the dialog"))

    def person_like(text):
        return raw.execute("SELECT id FROM person WHERE name LIKE ? OR phone LIKE ? OR name_pinyin GLOB ? LIMIT 8",
                           (f"%{text}%", f"%{text}%", f"{text}*")).fetchall()

    for label, text in [("name", person.name), ("surname", person.name[0]),
                        ("pinyin initials", person.name_pinyin.split()[1]), ("phone tail", person.phone[-4:])]:
        ours, direct = alternated(lambda text=text: people.search(text, limit=8), lambda text=text: person_like(text),
                                  repeat)
        results.append(Result(f"person finder: {label} '{text}'", ours, direct, max_seconds=0.03,
                              note="GUI thread; direct: one LIKE/GLOB over person"))
    raw.close()
    return results
