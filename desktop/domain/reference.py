"""The reference data a registration is checked against: the region list, the eligibility rules, the consent text,
and the offline limits that say when a device must sync before it takes new registrations.

Each is versioned, and the centre publishes newer versions. The application's
composition root loads them once (`load_reference`) and hands the one
`ReferenceData` to whatever needs it; nothing else reads these files. A new
version replaces the whole `ReferenceData`: whoever started work on the old one
(an open wizard) keeps it, and every saved registration records the versions it
was checked against.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.consent import ConsentText, load_consent
from desktop.domain.data_files import version_key
from desktop.domain.eligibility import Rules, load_rules
from desktop.domain.offline_limits import OfflineLimits, load_limits
from desktop.domain.regions import Regions, load_regions
from desktop.domain.retention import RetentionPolicy, load_retention


@dataclass(frozen=True)
class ReferenceVersions:
    rules: str
    regions: str
    consent: str


@dataclass(frozen=True, eq=False)
class ReferenceData:
    regions: Regions
    rules: Rules
    consent: ConsentText
    limits: OfflineLimits
    retention: RetentionPolicy  # how long personal data stays on the device (resources/policy/retention-*.json)

    @property
    def versions(self) -> ReferenceVersions:
        return ReferenceVersions(rules=self.rules.version, regions=self.regions.version,
                                 consent=self.consent.version)


def load_reference(resources: Path) -> ReferenceData:
    """The bundled versions: the newest rules, consent and offline-limits files under `resources`, and the regions.

    Raises the domain's `InvalidRules`, `InvalidConsentText`, `InvalidLimits`, `InvalidRetentionPolicy` or
    `RegionDataMissing`.
    """
    return ReferenceData(regions=load_regions(), rules=load_rules(resources / "rules"),
                         consent=load_consent(resources / "consent"), limits=load_limits(resources / "policy"),
                         retention=load_retention(resources / "policy"))


def newest_of(current: ReferenceData, rules: Rules | None, consent: ConsentText | None,
              limits: OfflineLimits | None = None) -> ReferenceData:
    """`current` with the rules, consent text or limits replaced where the given one is newer; `current` itself
    when none is (so a caller can tell with `is` whether anything changed). Regions come only with the app."""
    newer_rules = rules is not None and version_key(rules.version) > version_key(current.rules.version)
    newer_consent = consent is not None and version_key(consent.version) > version_key(current.consent.version)
    newer_limits = limits is not None and version_key(limits.version) > version_key(current.limits.version)
    if not (newer_rules or newer_consent or newer_limits):
        return current
    return ReferenceData(regions=current.regions, rules=rules if newer_rules and rules else current.rules,
                         consent=consent if newer_consent and consent else current.consent,
                         limits=limits if newer_limits and limits else current.limits,
                         retention=current.retention)
