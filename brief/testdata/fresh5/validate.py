#!/usr/bin/env python3
"""Check the held-out corpus files for shape and internal consistency.

Run from anywhere: python3 brief/testdata/fresh5/validate.py [-v]

It does not run the extractor (the set is labelled blind). It checks that each
file parses, carries the fields the quality test reads, stays in the 150-500 word
range, and that every labelled name can be found in the article: literally
(case-blind), or through the short alias list below, which records each place
where a label uses the canonical name while the text uses another spelling, a
title-only form, a nickname or a demonym. -v prints each dated meeting beside
the article's local publication day, for checking relative dates by eye.
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

GENERIC_ANALYSTS = {"analysts", "experts", "observers"}
MODALITIES = {"planned", "held", "cancelled", "postponed"}

# Label -> other forms the text may use. Every entry is a deliberate labelling
# decision: canonical names for transliterations (Araqchi, Yury, Sergey,
# Steven), title-only mentions ("President Trump"), nicknames (Hemedti, MBZ),
# initials (J.D. Vance) and country demonyms.
ALIASES = {
    # fresh3 e-files: title-only and office-only mentions labelled with the
    # holder, MOFA surname-first forms, and spelling variants.
    "Emmanuel Macron": ["French president"],
    "Karol Nawrocki": ["Polish counterpart"],
    "Yvette Cooper": ["British counterpart"],
    "Badr Abdelatty": ["Egypt's foreign minister"],
    "Abdel Fattah al-Burhan": ["Abdel Fattah Al Burhan"],
    "Sanae Takaichi": ["TAKAICHI Sanae"],
    "Toshimitsu Motegi": ["MOTEGI Toshimitsu"],
    "South Korea": ["Republic of Korea", "ROK"],
    "Southern African Development Community": ["SADC"],
    "UN Security Council": ["Security Council"],
    "Donald Trump": ["Trump"],
    "Abbas Araghchi": ["Araqchi"],
    "Yuri Ushakov": ["Yury Ushakov"],
    "Steve Witkoff": ["Steven Witkoff"],
    "Sergei Lavrov": ["Sergey Lavrov"],
    "Volodymyr Zelensky": ["Zelenskyy"],
    "JD Vance": ["J.D. Vance"],
    "Mohamed Hamdan Dagalo": ["Hemedti"],
    "Mohamed bin Zayed Al Nahyan": ["MBZ"],
    "Institute for the Study of War": ["ISW"],
    "Liberal Democratic Party": ["LDP"],
    "Nippon Ishin no Kai": ["Ishin"],
    "African Union Commission": ["AU Commission"],
    "Group of Seven": ["G7"],
    "Group of 20": ["G20"],
    "Rapid Support Forces": ["RSF"],
    "IAEA": ["International Atomic Energy Agency"],
    "European Union": ["EU"],
    "United Nations": ["UN"],
    "United States": ["U.S.", "US", "American", "Washington"],
    "United Kingdom": ["Britain", "British"],
    "Russia": ["Russian"],
    "Ukraine": ["Ukrainian"],
    "Iran": ["Iranian"],
    "Oman": ["Omani"],
    "China": ["Chinese"],
    "Japan": ["Japanese"],
    "Germany": ["German"],
    "France": ["French"],
    "Canada": ["Canadian"],
    "India": ["Indian"],
    "Pakistan": ["Pakistani"],
    "Saudi Arabia": ["Saudi"],
    "Egypt": ["Egyptian"],
    "Sudan": ["Sudanese"],
    "Armenia": ["Armenian"],
    "Azerbaijan": ["Azerbaijani"],
    "Venezuela": ["Venezuelan"],
    "Colombia": ["Colombian"],
    "Netherlands": ["Dutch"],
    "Switzerland": ["Swiss"],
    "Turkey": ["Turkish"],
    "Burundi": ["Burundian"],
    "Ethiopia": ["Ethiopian"],
    "South Africa": ["South African"],
    "Rwanda": ["Rwandan"],
    "Democratic Republic of Congo": ["Congolese"],
    "Qatar": ["Qatari"],
    "United Arab Emirates": ["Emirati", "UAE"],
    "Australia": ["Australian"],
    # g-files (fresh3): title-only mentions and short forms.
    "International Crisis Group": ["Crisis Group"],
    "Friedrich Merz": ["German chancellor"],
    "Recep Tayyip Erdoğan": ["Turkish president", "Erdogan"],
    "United Nations Security Council": ["Security Council"],
    "Syria": ["Syrian"],
    "Israel": ["Israeli"],
    "Mexico": ["Mexican"],
}


def occurs(name, hay):
    """Case-blind whole-word search, so "US" does not match inside "focus"."""
    pattern = r"(?<![\w])" + re.escape(name.lower()) + r"(?![\w])"
    return re.search(pattern, hay) is not None


def found(name, hay):
    return occurs(name, hay) or any(occurs(a, hay) for a in ALIASES.get(name, []))


def check(path, seen_ids, verbose):
    errs = []
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        return [f"does not parse: {e}"]
    for key in ("id", "feed", "feed_url", "tags", "published", "title", "text", "expect"):
        if key not in doc:
            errs.append(f"missing {key}")
    if errs:
        return errs
    if doc["id"] in seen_ids:
        errs.append(f"id {doc['id']} also used by {seen_ids[doc['id']]}")
    seen_ids[doc["id"]] = os.path.basename(path)
    try:
        pub = datetime.datetime.fromisoformat(doc["published"].replace("Z", "+00:00"))
        if pub.tzinfo is None:
            errs.append("published has no time zone")
    except ValueError as e:
        errs.append(f"published: {e}")
        pub = None
    words = len(doc["text"].split())
    if not 150 <= words <= 500:
        errs.append(f"text has {words} words, want 150-500")

    hay = (doc["title"] + "\n" + doc["text"]).lower()
    exp = doc["expect"]
    for key in ("actors", "not_actors", "meetings", "takes"):
        if key not in exp:
            errs.append(f"expect.{key} missing")
    actors = set(exp.get("actors", []))
    if len(actors) != len(exp.get("actors", [])):
        errs.append("duplicate actor labels")
    for a in sorted(actors & set(exp.get("not_actors", []))):
        errs.append(f"{a!r} is both actor and not_actor")
    for a in exp.get("actors", []):
        if not found(a, hay):
            errs.append(f"actor {a!r} not in text")
    for a in exp.get("not_actors", []):
        if not occurs(a, hay):
            errs.append(f"not_actor {a!r} not in text")

    for m in exp.get("meetings", []):
        for p in m.get("participants", []):
            if p not in actors:
                errs.append(f"participant {p!r} is not a labelled actor")
        if not m.get("participants"):
            errs.append("meeting without participants")
        d = m.get("date")
        if d:
            try:
                day = datetime.date.fromisoformat(d)
            except ValueError:
                errs.append(f"bad meeting date {d!r}")
                day = None
            if verbose and day and pub:
                local = pub.date()
                print(f"  {os.path.basename(path)}: published {local} {local:%a}; "
                      f"{m['modality']:9} {day} {day:%a} {m['participants']}")
        elif d != "":
            errs.append("meeting date missing (use \"\" when unresolvable)")
        if m.get("modality") not in MODALITIES:
            errs.append(f"bad modality {m.get('modality')!r}")
        if "location" not in m:
            errs.append("meeting location missing")

    for t in exp.get("takes", []):
        who = t.get("analyst", "")
        # A take in an analysis feed may belong to the feed's organisation
        # without it being named in the text (as in the main corpus).
        if who not in GENERIC_ANALYSTS and who not in actors and not doc["feed"].startswith(who):
            errs.append(f"analyst {who!r} is neither an actor nor the feed")
        for a in t.get("about", []):
            if a not in actors:
                errs.append(f"take about {a!r}, not a labelled actor")
    for q in exp.get("quotes", []):
        if q.get("speaker") not in actors:
            errs.append(f"quote speaker {q.get('speaker')!r} is not a labelled actor")
    return errs


def main():
    verbose = "-v" in sys.argv[1:]
    seen = {}
    # Held-out ids must not collide with the tuning corpus either.
    for p in sorted(glob.glob(os.path.join(CORPUS, "*.json"))):
        try:
            with open(p, encoding="utf-8") as f:
                seen[json.load(f)["id"]] = "corpus/" + os.path.basename(p)
        except (OSError, ValueError, KeyError):
            pass
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    bad = 0
    for p in files:
        errs = check(p, seen, verbose)
        for e in errs:
            print(f"{os.path.basename(p)}: {e}")
        bad += bool(errs)
    print(f"{len(files)} files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
