"""PDF/A-3 facts of a Warraq brief, checked with pikepdf (Debian python3-pikepdf).

Usage: pdfa-check.py <brief.pdf> <archive TEI file of the same article>
Asserts: PDF 1.7 header; catalog /Lang and /MarkInfo /Marked true; one associated file in /AF
with AFRelationship /Source, an XML MIME Subtype, Params with ModDate and Size, and bytes equal
to the archive's TEI file; also listed in /Names /EmbeddedFiles; an OutputIntent GTS_PDFA1 with
an RGB (N 3) ICC profile; XMP that parses, says pdfaid:part 3 and agrees with the Info
dictionary (title, creator tool, creation date). Exit 1 with one line per failure.
"""
import sys

import pikepdf

XML_TYPES = {"/application/tei+xml", "/text/xml", "/application/xml"}


def check(pdf_path, tei_path):
    failures = []

    def expect(ok, message):
        if not ok:
            failures.append(message)

    with open(tei_path, "rb") as f:
        tei = f.read()
    with pikepdf.open(pdf_path) as pdf:
        root = pdf.Root
        expect(pdf.pdf_version == "1.7", f"PDF version {pdf.pdf_version}, not 1.7")
        expect(str(root.get("/Lang", "")) != "", "no /Lang in the catalog")
        expect(bool(root.get("/MarkInfo", {}).get("/Marked", False)), "not tagged (/MarkInfo /Marked)")
        expect("/StructTreeRoot" in root, "no /StructTreeRoot")
        af = root.get("/AF", [])
        expect(len(af) == 1, f"{len(af)} associated files in /AF, not 1")
        if len(af) >= 1:
            spec = af[0]
            expect(spec.get("/AFRelationship") == pikepdf.Name.Source,
                   f"AFRelationship {spec.get('/AFRelationship')}, not /Source")
            stream = spec.EF.F
            subtype = str(stream.get("/Subtype", ""))
            expect(subtype in XML_TYPES, f"embedded file Subtype {subtype!r} is not an XML MIME type")
            params = stream.get("/Params", {})
            expect("/ModDate" in params, "embedded file has no /Params /ModDate")
            data = stream.read_bytes()
            expect(params.get("/Size") == len(data), "embedded file /Size differs from its bytes")
            expect(data == tei, f"embedded TEI ({len(data)} bytes) differs from {tei_path} ({len(tei)} bytes)")
            expect(str(spec.get("/UF", "")) == str(spec.get("/F", "")) != "", "Filespec lacks equal /F and /UF")
        names = root.get("/Names", {}).get("/EmbeddedFiles", {}).get("/Names", [])
        expect(len(names) == 2, "the TEI is not listed in /Names /EmbeddedFiles")
        intents = root.get("/OutputIntents", [])
        expect(len(intents) == 1 and intents[0].get("/S") == pikepdf.Name.GTS_PDFA1,
               "no OutputIntent /GTS_PDFA1")
        if len(intents) == 1:
            profile = intents[0].get("/DestOutputProfile")
            expect(profile is not None and profile.get("/N") == 3, "OutputIntent has no RGB ICC profile")
        try:
            meta = pdf.open_metadata()
            expect(meta.get("pdfaid:part") == "3", f"pdfaid:part {meta.get('pdfaid:part')!r}, not 3")
            info = pdf.docinfo
            expect(meta.get("dc:title") == str(info.get("/Title", "")), "dc:title differs from Info /Title")
            expect(meta.get("xmp:CreatorTool") == str(info.get("/Creator", "")),
                   "xmp:CreatorTool differs from Info /Creator")
            created = str(info.get("/CreationDate", ""))  # D:YYYYMMDDHHmmSSZ
            xmp_created = meta.get("xmp:CreateDate", "")
            expect(created[2:10] == xmp_created[0:10].replace("-", ""),
                   f"xmp:CreateDate {xmp_created} differs from Info {created}")
        except Exception as e:  # malformed XMP (e.g. an unescaped & in a title)
            failures.append(f"XMP metadata does not parse: {e}")
    return failures


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    problems = check(sys.argv[1], sys.argv[2])
    for p in problems:
        print(f"{sys.argv[1]}: {p}", file=sys.stderr)
    if not problems:
        print(f"{sys.argv[1]}: PDF/A-3 facts hold (AF Source = {sys.argv[2]}, OutputIntent, pdfaid 3, XMP = Info)")
    sys.exit(1 if problems else 0)
