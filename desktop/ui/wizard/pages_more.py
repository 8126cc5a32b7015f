"""Address, background and disability steps."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.regions import Region
from desktop.domain.registration_form import CURRENT_DIFFERS
from desktop.ui.region_picker import LEVELS, RegionCascade, RegionCombo
from desktop.ui.wizard import labels
from desktop.ui.wizard.page import Page

PREFIXES = ("address", "current_address")


class AddressPage(Page):
    def build(self) -> None:
        self.cascades: dict[str, RegionCascade] = {}
        self.note(self.tr("Address as written on the KTP. Type part of a name to search the list."))
        self._address_block("address", self.box)
        self.form.check(CURRENT_DIFFERS, self.tr("The applicant now lives somewhere else"))
        self.current_group = QGroupBox(self.tr("Current address"), self)
        current_box = QVBoxLayout(self.current_group)
        self.box.addWidget(self.current_group)
        self._address_block("current_address", current_box)
        for prefix in PREFIXES:
            combos: dict[str, RegionCombo] = {}
            for level in LEVELS:
                combo = self.form.widgets[f"{prefix}.{level}_code"]
                assert isinstance(combo, RegionCombo)
                combos[level] = combo
            # The region list of the reference data this registration started with.
            cascade = RegionCascade(self.flow.reference.regions, combos, self)
            cascade.village_chosen.connect(lambda region, p=prefix: self._prefill_postal(p, region))
            cascade.changed.connect(self._changed)
            self.cascades[prefix] = cascade

    def _address_block(self, prefix: str, into: QVBoxLayout) -> None:
        f = self.form
        names = {"province": self.tr("Province"), "regency": self.tr("Regency or city"),
                 "district": self.tr("District (kecamatan)"), "village": self.tr("Village (desa/kelurahan)")}
        for level in LEVELS:
            f.add(f"{prefix}.{level}_code", names[level], RegionCombo(), into=into)
        for key, label in (("street", self.tr("Street, house number")), ("rt", self.tr("RT")), ("rw", self.tr("RW")),
                           ("postal_code", self.tr("Postal code"))):
            edit = f.line(f"{prefix}.{key}", label)
            f.layout.removeWidget(f.blocks[f"{prefix}.{key}"])
            into.addWidget(f.blocks[f"{prefix}.{key}"])
            if key == "postal_code":
                edit.setAccessibleDescription(self.tr("Filled in from the village; change it if the KTP differs."))

    def _prefill_postal(self, prefix: str, region: Region) -> None:
        edit = self.form.widgets[f"{prefix}.postal_code"]
        if region.postal_code and isinstance(edit, QLineEdit):
            edit.setText(region.postal_code)

    def store(self) -> None:
        super().store()
        for prefix, cascade in self.cascades.items():
            for level in LEVELS:
                self.flow.data[f"{prefix}.{level}_code"] = cascade.code(level)

    def after_load(self) -> None:
        for prefix, cascade in self.cascades.items():
            cascade.set_codes({level: self.flow.text(f"{prefix}.{level}_code") for level in LEVELS})

    def refresh(self) -> None:
        self.current_group.setVisible(self.flow.flag(CURRENT_DIFFERS))

    def first_field(self) -> QWidget | None:
        """The first level not chosen yet: after the NIK filled in the district, the village."""
        for level in LEVELS:
            if not self.cascades["address"].code(level):
                return self.form.widgets[f"address.{level}_code"]
        return None


class BackgroundPage(Page):
    def build(self) -> None:
        f = self.form
        f.choice("background.education", self.tr("Last completed education"), labels.educations())
        f.choice("background.employment_status", self.tr("Employment status"), labels.employment_statuses())
        f.check("background.in_formal_education", self.tr("Currently in formal education (school or university)"))
        f.multi("background.excluded_occupations",
                self.tr("Does the applicant work as any of these? (tick all that apply)"),
                labels.excluded_occupations(), none_text=self.tr("None of these"))
        f.line("background.dependants", self.tr("Number of dependants"), placeholder="0")
        f.line("background.desired_training_field", self.tr("Desired training field (optional)"))


class DisabilityPage(Page):
    def build(self) -> None:
        self.note(self.tr(
            "This step is optional. Disability information is sensitive personal data: ask first whether the "
            "applicant wants it recorded. It is used only to provide the support they need."))
        f = self.form
        f.check("disability.consented", self.tr("The applicant agrees to record disability information"))
        f.check("disability.has_disability", self.tr("The applicant has a disability"))
        f.multi("disability.types", self.tr("Type of disability (tick all that apply)"), labels.disability_types())
        f.multi("disability.accommodations", self.tr("Support needed (tick all that apply)"),
                labels.accommodations())
        f.text_area("disability.notes", self.tr("Notes on the support needed (optional)"))

    def refresh(self) -> None:
        consented = self.flow.flag("disability.consented")
        self.form.widgets["disability.has_disability"].setEnabled(consented)
        details = consented and self.flow.flag("disability.has_disability")
        for key in ("disability.types", "disability.accommodations", "disability.notes"):
            self.form.blocks[key].setEnabled(details)
