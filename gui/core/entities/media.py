"""Channels of the media: a news organisation's channel is named by the organisation and the
channel's own name (界面新闻大湾区频道, 央视新闻频道), one body of the media, not the outlet alone.

Anchored on 频道, which is rare, and read back to a known body (orgs_media.txt, known_orgs.txt)."""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer

Candidate = tuple[int, int, str, int]

# The channel's own name: a few name characters, no function character (新闻的频道 is a phrase).
_CHANNEL_NAME = re.compile(
    "[^\\W\\d的地得了和与及或在是为对把被从向于等各每个这那其之以而也都就还又将已]{0,6}"
)
_REACH = 14  # longest outlet + channel name looked at before 频道


def channels(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for a known outlet's named channel (央视新闻频道)."""
    out: list[Candidate] = []
    at = masked.find("频道")
    while at >= 0:
        for k in range(max(0, at - _REACH), at - 1):
            outlet = gaz.org_re.match(masked, k, at)
            if not outlet:
                continue
            name = _CHANNEL_NAME.match(masked, outlet.end(), at)
            if name and name.end() == at:
                out.append((k, at + 2, "ORG", 0))
                break
        at = masked.find("频道", at + 2)
    return out
