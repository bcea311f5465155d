"""The large-print slip the person takes home (context "Slip").

It holds the number exactly as to type it (and spaced, to read it back), which box each
part goes into, the website steps and the two addresses, and the date. Nothing else: no
name, no reading of the number (department, date of registration), nothing typed that is
not part of the result. Printed in black on white, whatever the screen theme.

Without a number (the person came without their licence, or a digital-skills workshop)
the same page becomes a sheet: the tab's licence drawing, where the number is, what to
type and the steps, with no personal data.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from neph_gui.fonts import load_fonts
from neph_gui.licence import EraSpec, ValidationResult
from neph_gui.private_files import PRIVATE
from neph_gui.site import OfficialSite
from neph_gui.texts import messages, website_steps

# Large print (16 pt and more): read at arm's length by people with poor eyesight.
BODY_PT = 16
HEADING_PT = 21
NUMBER_PT = 36
READ_BACK_PT = 24
NOTE_PT = 13  # the notes under the steps: still large print
DRAWING_WIDTH_PX = 440  # the licence drawing on the sheet: the text's width on A4


def _heading(text: str, new_page: bool = False) -> str:
    style = f"font-size:{HEADING_PT}pt; font-weight:bold;"
    if new_page:
        style += " page-break-before:always;"
    return f'<p style="{style}">{escape(text)}</p>'


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def slip_html(
    spec: EraSpec,
    result: ValidationResult | None,
    today: QDate | None = None,
    drawing: QImage | None = None,
) -> str:
    """The page as rich text for QTextDocument.

    With a complete ``result``: the slip, the number as to type it. Without one (the
    person came without their licence, or a workshop): the sheet, with the tab's licence
    drawing (``drawing``, added to the document as ``DRAWING_URL``), where the number is
    and what to type; no personal data. Both end with the addresses and the steps.
    """
    if result is not None and not result.complete:
        raise ValueError("the slip is printed only for a complete number")
    day = today if today is not None else QDate.currentDate()
    date_text = QLocale().toString(day, QLocale.FormatType.LongFormat)
    out: list[str] = [
        f'<div style="font-size:{BODY_PT}pt; color:#000000;">',
        _heading(QCoreApplication.translate("Slip", "Mon numéro de permis de conduire")),
        _para(messages.fill(QCoreApplication.translate("Slip", "Imprimé le %1."), date_text)),
    ]
    if result is None:
        out += _where_section(spec, drawing)
    else:
        out += _number_section(spec, result)

    # Page 1: the number (or where it is). Page 2: the addresses and the steps.
    out.append(_heading(QCoreApplication.translate("Slip", "Les adresses"), new_page=True))
    ants = QCoreApplication.translate("Slip", "Site de l'ANTS : %1")
    mes_points = QCoreApplication.translate("Slip", "Mes points permis : %1")
    out.append(
        "<p>"
        + escape(messages.fill(mes_points, OfficialSite.MES_POINTS.display))
        + "<br>"
        + escape(messages.fill(ants, OfficialSite.ANTS.display))
        + "</p>"
    )
    out.append(_heading(QCoreApplication.translate("Slip", "À préparer")))
    out.append("<ul>")
    out.extend(f"<li>{escape(text)}</li>" for text in website_steps.prepare())
    out.append("</ul>")
    out.append(_heading(QCoreApplication.translate("Slip", "Les étapes sur le site")))
    out.append("<ol>")
    out.extend(f"<li>{escape(text)}</li>" for text in website_steps.steps())
    out.append("</ol>")
    # One paragraph, so that page 2 holds the addresses and all the steps.
    notes = (website_steps.may_differ(), website_steps.not_real_time())
    text = escape(" ".join((*notes, website_steps.sources_note())))
    out.append(f'<p style="font-size:{NOTE_PT}pt;">{text}</p>')
    out.append("</div>")
    return "\n".join(out)


DRAWING_URL = "neph-drawing://licence"


def _where_section(spec: EraSpec, drawing: QImage | None) -> list[str]:
    out = [_heading(QCoreApplication.translate("Slip", "Où trouver le numéro"))]
    if drawing is not None:
        out.append(f'<p><img src="{DRAWING_URL}" width="{DRAWING_WIDTH_PX}"></p>')
    out.append(_para(messages.era_text(spec.where)))
    out.append(_heading(QCoreApplication.translate("Slip", "À taper sur le site")))
    out.append(_para(messages.era_text(spec.how)))
    return out


def _number_section(spec: EraSpec, result: ValidationResult) -> list[str]:
    mono = load_fonts().mono
    number_style = f"font-family:'{mono}'; font-size:{NUMBER_PT}pt; font-weight:bold;"
    read_back_style = f"font-family:'{mono}'; font-size:{READ_BACK_PT}pt;"
    out = [
        _heading(QCoreApplication.translate("Slip", "À taper sur le site")),
        _para(messages.era_text(spec.how)),
    ]
    parts = result.website_parts
    if len(parts) > 1:
        # The live form's boxes are unknown (DOMAIN.md): joined for one box, in parts else.
        joined = QCoreApplication.translate("Slip", "Si le site montre une seule case :")
        out.append(f'<p style="font-weight:bold; margin-top:6px;">{escape(joined)}</p>')
        out.append(f'<p style="{number_style}">{escape("".join(parts))}</p>')
        split = QCoreApplication.translate("Slip", "S'il montre des cases séparées :")
        out.append(f'<p style="font-weight:bold; margin-top:6px;">{escape(split)}</p>')
    for index, (box_result, value) in enumerate(zip(result.boxes, parts, strict=True)):
        label = messages.box_label(box_result.box)
        if len(parts) > 1:
            label = messages.fill(QCoreApplication.translate("Slip", "%1. %2"), index + 1, label)
        out.append(f'<p style="font-weight:bold; margin-top:6px;">{escape(label)}</p>')
        out.append(f'<p style="{number_style}">{escape(value)}</p>')
        if len(value) > 3:
            read_back = messages.fill(
                QCoreApplication.translate("Slip", "Pour relire : %1"),
                messages.spaced_for_reading(value),
            )
            out.append(f'<p style="{read_back_style}">{escape(read_back)}</p>')
    no_spaces = QCoreApplication.translate(
        "Slip", "Tapez sans espace, exactement comme écrit en gros ci-dessus."
    )
    out.append(f"<p><i>{escape(no_spaces)}</i></p>")
    return out


def slip_document(
    spec: EraSpec,
    result: ValidationResult | None,
    today: QDate | None = None,
    drawing: QImage | None = None,
) -> QTextDocument:
    """The slip (or, without a result, the sheet), ready to print."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = document.defaultFont()
    font.setFamily(load_fonts().ui)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    if drawing is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(DRAWING_URL), drawing)
    document.setHtml(slip_html(spec, result, today, drawing if result is None else None))
    return document


def new_printer() -> QPrinter:
    """A printer set up for the slip: A4, portrait, comfortable margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 12, 18, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName("neph-gui")
    from PySide6.QtPrintSupport import QPrinterInfo

    if not QPrinterInfo.availablePrinterNames():
        # No printer: the dialog can only write a PDF. Qt would put it in the working
        # folder (often the home folder), where it would outlive the visit.
        printer.setOutputFileName(str(PRIVATE.slip_path()))
    return printer


def print_slip(
    printer: QPrinter,
    spec: EraSpec,
    result: ValidationResult | None,
    drawing: QImage | None = None,
) -> None:
    """Print the slip (or the sheet, without a complete result) on ``printer``."""
    if result is not None and not result.complete:
        result = None  # nothing half-typed is ever printed: the sheet instead
    slip_document(spec, result, drawing=drawing).print_(printer)


def write_slip_pdf(
    path: str, spec: EraSpec, result: ValidationResult | None, drawing: QImage | None = None
) -> None:
    """Write the slip (or the sheet) as a PDF file at ``path``."""
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    print_slip(printer, spec, result, drawing)
