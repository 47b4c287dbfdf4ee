"""Small files that unpack to gigabytes (for tests/core/importers/test_hostile_files.py)."""

import gzip
import time
import zipfile


def gz_bomb(path, gigabytes=2):
    """Write a ~2 MB .csv.gz whose third line never ends (2 GB of 'a')."""
    member = gzip.compress(b"a" * (16 << 20), compresslevel=9)
    with open(path, "wb") as out:
        out.write(gzip.compress(b"Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n1,A,Mug,1,2024-01-05 10:00:00,2.50,7,UK\n2,B,"))
        for _ in range(gigabytes * 64):
            out.write(member)


def xlsx_bomb(path, size=1 << 30):
    """Write a ~1 MB .xlsx whose one shared string is 1 GB long."""
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    header = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"]
    row2 = ["1", "A", None, "1", "2024-01-05 10:00:00", "2.5", "7", "UK"]
    cols = "ABCDEFGH"
    cells1 = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{h}</t></is></c>' for c, h in zip(cols, header))
    cells2 = "".join(f'<c r="{c}2" t="s"><v>0</v></c>' if v is None else f'<c r="{c}2" t="inlineStr"><is><t>{v}</t></is></c>'
                     for c, v in zip(cols, row2))
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData><row r="1">{cells1}</row><row r="2">{cells2}</row></sheetData></worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        book.writestr("[Content_Types].xml", ct)
        book.writestr("_rels/.rels", rels)
        book.writestr("xl/workbook.xml", wb)
        book.writestr("xl/_rels/workbook.xml.rels", wbrels)
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>')
            block = b"a" * (16 << 20)
            for _ in range(size // len(block)):
                part.write(block)
            part.write(b"</t></si></sst>")
if __name__ == "__main__":
    t = time.time(); gz_bomb("/tmp/bomb.csv.gz"); print("gz", time.time() - t)
    t = time.time(); xlsx_bomb("/tmp/bomb.xlsx"); print("xlsx", time.time() - t)
