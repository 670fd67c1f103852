#!/usr/bin/env python3
"""Fills unfinished Korean translations from a JSON dictionary {source: translation}.
Usage: tools/fill_ko.py translations/parley_ko.ts DICT.json"""
import json
import sys
import xml.etree.ElementTree as ET

path, table = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
text = open(path, encoding="utf-8").read()
tree = ET.ElementTree(ET.fromstring(text))
missing = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text
    if source not in table:
        missing += 1
        print("missing:", repr(source), file=sys.stderr)
        continue
    del translation.attrib["type"]
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        form = ET.SubElement(translation, "numerusform")
        form.text = table[source]
    else:
        translation.text = table[source]
ET.indent(tree, space="    ")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="unicode")
    out.write("\n")
sys.exit(1 if missing else 0)
