#!/usr/bin/env python3
"""Source text and documents of the layout-diversity corpus (run by make-corpus.sh; stdlib only).

  corpus.py source EXTRACT.json...   -> evaluation/source/pool.json: headings, paragraphs (with the offsets of
                                        their note marks and the notes' texts) and tables of each sample, in
                                        reading order, as the indexer read them once. Frozen: the corpus is
                                        made from this file, so a change to the extractor never changes the gold.
  corpus.py generate OUT_DIR         -> OUT_DIR/NAME.fodt (LibreOffice) or NAME.tex (XeLaTeX) and NAME.gold.json
                                        for every document in DOCUMENTS below.
  corpus.py relabel NAME.fodt NAME.pdf  checks a per-page circled numbering in the PDF and, when LibreOffice got
                                        a body mark wrong, writes the labels into the .fodt (exit 3: convert again).

The gold of a document is the source text it was typeset from, never something read back from the PDF:
paragraphs in reading order (marks removed), headings with levels, every note with the paragraph and sentence
its mark stands in, table cells, and the cited titles (the first 《…》 of each ；-separated part of a note).
"""
import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
POOL = HERE / "source" / "pool.json"
SENTENCE_END = "。！？；;"


# ---------------------------------------------------------------------------------------------- source pool

def source(extracts):
    pool = {}
    for path in extracts:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        name = Path(doc["file"]["name"]).stem
        notes = {n["id"]: n["text"] for n in doc["notes"]}
        headings = list(doc["headings"])
        blocks, seen_notes, hi, current = [], set(), 0, None
        for p in doc["passages"]:
            section = p.get("section")
            if section and section != current:
                while hi < len(headings):
                    h = headings[hi]
                    hi += 1
                    blocks.append({"type": "heading", "level": h["level"], "text": h["text"]})
                    if h["text"] == section:
                        break
                current = section
            if p["kind"] == "paragraph":
                marks = []
                for m in p["markers"]:
                    # one mark, one note; a note cited a second time (a reference list) is typeset only once
                    if len(m["notes"]) != 1 or m["notes"][0] in seen_notes or m["notes"][0] not in notes:
                        continue
                    seen_notes.add(m["notes"][0])
                    marks.append({"offset": m["offset"], "note": notes[m["notes"][0]]})
                blocks.append({"type": "paragraph", "text": p["text"], "marks": marks})
            elif p["kind"] == "table" and "table" in p:
                rows = [[c.strip() for c in row] for row in p["table"]["rows"]]
                rows = [r for r in rows if any(r)]
                keep = [i for i in range(max(len(r) for r in rows)) if any(i < len(r) and r[i] for r in rows)]
                rows = [[r[i] if i < len(r) else "" for i in keep] for r in rows]
                blocks.append({"type": "table", "caption": p["table"]["caption"], "rows": rows})
        pool[name] = {"title": doc["metadata"]["title"], "abstract": doc["metadata"].get("abstract"),
                      "keywords": doc["metadata"].get("keywords", []), "blocks": blocks}
    POOL.parent.mkdir(parents=True, exist_ok=True)
    POOL.write_text(json.dumps(pool, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = ", ".join(f"{k}: {len(v['blocks'])} blocks" for k, v in pool.items())
    print(f"source: {POOL} ({counts})")


# ---------------------------------------------------------------------------------------------- documents

PARTY = "party-history-2024-istc-exchange"
CAS = "cas-2020-istc-policy-evolution"

# name, producer, layout, note style, the pool and the headings that start and end its text, tables to add.
DOCUMENTS = [
    dict(name="lo-onecol-perpage-circled", producer="libreoffice", layout="one-column", notes="footnote-perpage-circled",
         pool=PARTY, start="一、发展历程", end="（三）", tables=[(CAS, 0, 2)],
         header="源流评测语料 · 新中国对外科技合作交流"),
    dict(name="lo-twocol-continuous", producer="libreoffice", layout="two-column", notes="footnote-continuous-arabic",
         pool=PARTY, start="（三）", end="（四）", tables=[(CAS, 1, None)],
         header="源流评测语料 · 双栏排版"),
    dict(name="lo-onecol-endnotes", producer="libreoffice", layout="one-column", notes="endnote-continuous-arabic",
         pool=PARTY, start="三、现实启示", end=None, tables=[],
         header="源流评测语料 · 尾注"),
    dict(name="tex-onecol-perpage-arabic", producer="xelatex", layout="one-column", notes="footnote-perpage-arabic",
         pool=PARTY, start="（四）", end="三、现实启示", tables=[(CAS, 0, 3)],
         header="源流评测语料 · XeLaTeX 单栏"),
    dict(name="tex-twocol-journal", producer="xelatex", layout="two-column", notes="footnote-continuous-arabic",
         pool=CAS, start=None, end="3", tables=[(CAS, 0, 2)], abstract=True,
         header="源流评测语料 · XeLaTeX 双栏期刊"),
]


def select(pool, start, end):
    """The blocks from the heading starting with `start` (None: the first block) up to the heading starting with `end`."""
    blocks, on = [], start is None
    for b in pool["blocks"]:
        if b["type"] == "heading" and end is not None and on and b["text"].startswith(end) and blocks:
            break
        if b["type"] == "heading" and not on and b["text"].startswith(start):
            on = True
        if on and b["type"] != "table" and not (b["type"] == "heading" and b["text"] == "参考文献"):
            blocks.append(b)
    return blocks


def table_of(pool, index, max_columns):
    tables = [b for b in pool["blocks"] if b["type"] == "table"]
    t = tables[index]
    rows = [r[:max_columns] if max_columns else r for r in t["rows"]]
    return {"type": "table", "caption": t["caption"], "rows": rows}


def sentences(text):
    """(start, end) of each sentence: split after 。！？；; — the same rule as the scorer's."""
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END:
            spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def anchor(text, offset):
    """The sentence the mark at `offset` belongs to: the one holding the character before it."""
    position = max(0, min(offset, len(text)) - 1)
    for s, e in sentences(text):
        if s <= position < e:
            return text[s:e], s, e
    return text, 0, len(text)


def cited_titles(note):
    titles = []
    for part in re.split("[；;]", note):
        m = re.search("《([^》]+)》", part)
        if m:
            titles.append(m.group(1))
    return titles


def plan(spec, pools):
    pool = pools[spec["pool"]]
    blocks = select(pool, spec["start"], spec["end"])
    tables = [table_of(pools[p], i, c) for p, i, c in spec["tables"]]
    # each table after the second paragraph (then the fifth, …): inside the text, never at a page's top by rule
    out, paragraphs = [], 0
    for b in blocks:
        out.append(b)
        if b["type"] == "paragraph":
            paragraphs += 1
            if tables and paragraphs % 3 == 2:
                out.append(tables.pop(0))
    out.extend(tables)
    gold = {"file": spec["name"] + ".pdf", "producer": spec["producer"], "layout": spec["layout"],
            "notes_style": spec["notes"], "title": pool["title"], "headings": [], "paragraphs": [], "notes": [],
            "tables": [], "source_titles": []}
    if spec.get("abstract"):
        gold["abstract"] = pool["abstract"]
        gold["keywords"] = pool["keywords"]
    for b in out:
        if b["type"] == "heading":
            gold["headings"].append({"level": b["level"], "text": b["text"]})
        elif b["type"] == "paragraph":
            for m in b["marks"]:
                text, s, e = anchor(b["text"], m["offset"])
                gold["notes"].append({"text": m["note"], "paragraph": len(gold["paragraphs"]), "anchor": text,
                                      "offset": m["offset"]})
                for t in cited_titles(m["note"]):
                    if t not in gold["source_titles"]:
                        gold["source_titles"].append(t)
            gold["paragraphs"].append(b["text"])
        elif b["type"] == "table":
            gold["tables"].append({"caption": b["caption"], "rows": b["rows"]})
    return out, gold


# ---------------------------------------------------------------------------------------------- LibreOffice

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" style:font-family-generic="roman"/>
 <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <!-- punctuation-wrap simple: with hanging punctuation (Writer's default for Asian text) the PDF export leaves out
      the mark that hangs past a justified line's end (。，；、 gone from the text layer), and the gold cannot hold text
      the PDF lacks -->
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="135%" style:punctuation-wrap="simple"/>
  <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC"
   fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:language="zh" fo:country="CN"
   style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:text-indent="21pt" fo:margin-top="0pt" fo:margin-bottom="0pt" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="14pt"/>
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Abstract" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-bottom="4pt" fo:text-align="justify"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:margin-top="12pt" fo:margin-bottom="6pt" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">
  <style:paragraph-properties fo:margin-top="8pt" fo:margin-bottom="4pt" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:line-height="115%"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:line-height="115%"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:line-height="115%"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="8pt" fo:margin-bottom="4pt" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format=""/>
  <text:outline-level-style text:level="2" style:num-format=""/>
 </text:outline-style>
 {notes_configuration}
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm"
   fo:margin-left="2.4cm" fo:margin-right="2.4cm" style:footnote-max-height="0cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm"
    style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Sect2" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties>
 </style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.2cm" table:align="center" fo:margin-top="4pt" fo:margin-bottom="8pt"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">@HEADER@</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""

NOTES_CONFIGURATION = {
    "footnote-perpage-circled": '<text:notes-configuration text:note-class="footnote" style:num-format="①, ②, ③, ..." '
                                'text:start-value="0" text:footnotes-position="page" text:start-numbering-at="page"/>',
    "footnote-continuous-arabic": '<text:notes-configuration text:note-class="footnote" style:num-format="1" '
                                  'text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>',
    "endnote-continuous-arabic": '<text:notes-configuration text:note-class="endnote" style:num-format="1" text:start-value="0"/>',
}


def fodt(spec, blocks, gold):
    note_class = "endnote" if spec["notes"].startswith("endnote") else "footnote"
    note_style = "Endnote" if note_class == "endnote" else "Footnote"
    head = FODT_HEAD.replace("{notes_configuration}", NOTES_CONFIGURATION[spec["notes"]]).replace("@HEADER@", escape(spec["header"]))
    body = [f'<text:p text:style-name="Title">{escape(gold["title"])}</text:p>']
    two_columns = spec["layout"] == "two-column"
    section_open, sections, note_id = False, 0, 0

    def open_section():
        nonlocal section_open, sections
        if two_columns and not section_open:
            sections += 1
            body.append(f'<text:section text:style-name="Sect2" text:name="Columns{sections}">')
            section_open = True

    def close_section():
        nonlocal section_open
        if section_open:
            body.append("</text:section>")
            section_open = False

    for b in blocks:
        if b["type"] == "table":
            close_section()  # a full-width table between two two-column parts
            columns = max(len(r) for r in b["rows"])
            body.append(f'<text:p text:style-name="Caption">{escape(b["caption"])}</text:p>')
            body.append(f'<table:table table:name="Table{len(body)}" table:style-name="Tbl">'
                        f'<table:table-column table:number-columns-repeated="{columns}"/>')
            for row in b["rows"]:
                cells = "".join(f'<table:table-cell table:style-name="TblCell" office:value-type="string">'
                                f'<text:p text:style-name="Table_20_Contents">{escape(c)}</text:p></table:table-cell>'
                                for c in row + [""] * (columns - len(row)))
                body.append(f"<table:table-row>{cells}</table:table-row>")
            body.append("</table:table>")
            continue
        open_section()
        if b["type"] == "heading":
            style = "Heading_20_1" if b["level"] == 1 else "Heading_20_2"
            body.append(f'<text:h text:style-name="{style}" text:outline-level="{b["level"]}">{escape(b["text"])}</text:h>')
        else:
            text, out, at = b["text"], [], 0
            for m in sorted(b["marks"], key=lambda m: m["offset"]):
                note_id += 1
                out.append(escape(text[at:m["offset"]]))
                out.append(f'<text:note text:id="n{note_id}" text:note-class="{note_class}">'
                           f'<text:note-citation>{note_id}</text:note-citation><text:note-body>'
                           f'<text:p text:style-name="{note_style}">{escape(m["note"])}</text:p></text:note-body></text:note>')
                at = m["offset"]
            out.append(escape(text[at:]))
            body.append(f'<text:p text:style-name="Text_20_body">{"".join(out)}</text:p>')
    close_section()
    return head + "\n".join(body) + "\n</office:text></office:body></office:document>\n"


# ---------------------------------------------------------------------------------------------- XeLaTeX

TEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
               "%": r"\%", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex_escape(text):
    return "".join(TEX_SPECIAL.get(ch, ch) for ch in text)


TEX_HEAD = r"""\documentclass[UTF8,a4paper,zihao=5,fontset=none@OPTIONS@]{ctexart}
\setCJKmainfont{Noto Serif CJK SC}[BoldFont=Noto Sans CJK SC]
\setCJKsansfont{Noto Sans CJK SC}
\setCJKmonofont{Noto Sans Mono CJK SC}
\usepackage[@GEOMETRY@]{geometry}
\usepackage{tabularx}
\usepackage{fancyhdr}
@FOOTMISC@
\pagestyle{fancy}\fancyhf{}\chead{\small @HEADER@}\cfoot{\small\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\ctexset{section={format=\large\sffamily\bfseries\raggedright},subsection={format=\normalsize\sffamily\bfseries\raggedright}}
\setlength{\parindent}{2em}
\begin{document}
"""


def tex(spec, blocks, gold):
    two_columns = spec["layout"] == "two-column"
    head = (TEX_HEAD.replace("@OPTIONS@", ",twocolumn" if two_columns else "")
            .replace("@GEOMETRY@", "margin=2cm,columnsep=0.8cm" if two_columns else "margin=2.5cm")
            .replace("@FOOTMISC@", r"\usepackage[perpage]{footmisc}" if "perpage" in spec["notes"] else "")
            .replace("@HEADER@", tex_escape(spec["header"])))
    body = []
    title = [r"{\centering\LARGE\sffamily\bfseries " + tex_escape(gold["title"]) + r"\par}", r"\vspace{1em}"]
    if spec.get("abstract"):
        title += [r"{\small\noindent\textbf{摘要：}" + tex_escape(gold["abstract"]) + r"\par",
                  r"\noindent\textbf{关键词：}" + tex_escape("；".join(gold["keywords"])) + r"\par}", r"\vspace{1.5em}"]
    if two_columns:
        body.append(r"\twocolumn[{" + "\n".join(title) + "}]")  # the full-width title block above two columns
    else:
        body.extend(title)
    for b in blocks:
        if b["type"] == "heading":
            body.append((r"\section*{" if b["level"] == 1 else r"\subsection*{") + tex_escape(b["text"]) + "}")
        elif b["type"] == "table":
            columns = max(len(r) for r in b["rows"])
            rows = [" & ".join(tex_escape(c) for c in r + [""] * (columns - len(r))) + r" \\ \hline" for r in b["rows"]]
            body.append("\n".join([r"\begin{table}[htbp]", r"\centering\small", r"\textbf{" + tex_escape(b["caption"]) + r"}\par\vspace{0.5ex}",
                                   r"\begin{tabularx}{\linewidth}{|" + "X|" * columns + "}", r"\hline", *rows,
                                   r"\end{tabularx}", r"\end{table}"]))
        else:
            text, out, at = b["text"], [], 0
            for m in sorted(b["marks"], key=lambda m: m["offset"]):
                out.append(tex_escape(text[at:m["offset"]]))
                out.append(r"\footnote{" + tex_escape(m["note"]) + "}")
                at = m["offset"]
            out.append(tex_escape(text[at:]))
            body.append("".join(out))
    return head + "\n\n".join(body) + "\n\\end{document}\n"


def generate(out_dir):
    pools = json.loads(POOL.read_text(encoding="utf-8"))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for spec in DOCUMENTS:
        blocks, gold = plan(spec, pools)
        if spec["producer"] == "libreoffice":
            (out / (spec["name"] + ".fodt")).write_text(fodt(spec, blocks, gold), encoding="utf-8")
        else:
            (out / (spec["name"] + ".tex")).write_text(tex(spec, blocks, gold), encoding="utf-8")
        (out / (spec["name"] + ".gold.json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"generate: {spec['name']}: {len(gold['paragraphs'])} paragraphs, {len(gold['headings'])} headings, "
              f"{len(gold['notes'])} notes, {len(gold['tables'])} tables, {len(gold['source_titles'])} cited titles")


# ---------------------------------------------------------------------------------------------- per-page labels

CIRCLED = [chr(c) for c in range(0x2460, 0x2474)]


def relabel(fodt_path, pdf_path):
    """LibreOffice's headless export can print a body mark at the top of a page with the previous page's number
    while its note has the right one (①). Read each page's marks from the PDF (body marks first, then the notes'
    in the footnote area), and when a page's body marks are not ①, ②, … write every note's label explicitly.
    Exit status: 0 when the PDF is right, 3 when the .fodt was rewritten and must be converted again."""
    import subprocess
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout).group(1))
    labels, right = [], True
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-raw", "-f", str(page), "-l", str(page), pdf_path, "-"],
                              capture_output=True, text=True).stdout
        marks = [ch for ch in text if ch in CIRCLED]
        if len(marks) % 2:
            sys.exit(f"relabel: page {page} of {pdf_path} has an odd number of circled marks: {''.join(marks)}")
        count = len(marks) // 2
        if marks[:count] != CIRCLED[:count] or marks[count:] != CIRCLED[:count]:
            right = False
        labels.extend(CIRCLED[:count])
    if right:
        print(f"relabel: {pdf_path}: every page's marks run ①, ②, …")
        return 0
    doc = Path(fodt_path).read_text(encoding="utf-8")
    citations = re.findall(r"<text:note-citation[^>]*>[^<]*</text:note-citation>", doc)
    if len(citations) != len(labels):
        sys.exit(f"relabel: {len(citations)} notes in {fodt_path}, {len(labels)} found in {pdf_path}")
    it = iter(labels)
    doc = re.sub(r"<text:note-citation[^>]*>[^<]*</text:note-citation>",
                 lambda m: (lambda l: f'<text:note-citation text:label="{l}">{l}</text:note-citation>')(next(it)), doc)
    Path(fodt_path).write_text(doc, encoding="utf-8")
    print(f"relabel: {pdf_path}: a page's body marks did not run ①, ②, …; labels written into {fodt_path}")
    return 3


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "source":
        source(sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == "relabel":
        sys.exit(relabel(sys.argv[2], sys.argv[3]))
    elif len(sys.argv) == 3 and sys.argv[1] == "generate":
        generate(sys.argv[2])
    else:
        sys.exit(__doc__)
